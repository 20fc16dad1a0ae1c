// Placeholder ids for the benchmark cases, the same on every run.

/** An RSA public key (PEM) for the OCI API key: generated once, data only. */
const PUBLIC_KEY = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtVofDvuA/yAc683ZWEsl\n/iXzxIG5uE3ykCBTYdleX5d3loD7V3jPte+dHVyb5r25xW8rAu5t5QVqFRSWxgFx\noypkPARA0AiX67nKTDoJ64uBTsEecQ+fDJNxvB0wFWlZV7pIgIUqdppN40CD/dBn\nPYDwzhW6uC1ErdheBCqLKRNHb6pOYis/0e+bx3ElgJw+50zjUx4i24McYeK/j8hU\ncZEi50ubATUmHUpSOB1GQCnaHjZimr14zp4ChkgaABJRiwWeBELDrN/7EATKV8x1\n/n8d6oMHPOfDGmnIg6tWAhdj/fGcCnfcqe1OvONUeBZAfqdsYv6jK0CMImqR6sn7\nvwIDAQAB\n-----END PUBLIC KEY-----\n';

/** `n` GCP project ids. */
const projectIds = (n) => Array.from({ length: n }, (_, i) => `acme-shop-${String(i).padStart(4, '0')}`);

/** `n` Azure subscription ids (GUIDs). */
const subscriptionIds = (n) => Array.from({ length: n }, (_, i) => `5ca1e000-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`);

/** The i-th OCI tenancy OCID. */
const ociTenancy = (i) => `ocid1.tenancy.oc1..aaaaaaaabench${String(i).padStart(4, '0')}tenancyexampletenancyexample`;

module.exports = { PUBLIC_KEY, projectIds, subscriptionIds, ociTenancy };
