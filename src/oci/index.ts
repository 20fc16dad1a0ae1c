// finops-integrations/oci: not built yet; see the README's "Status" section.
export {};
