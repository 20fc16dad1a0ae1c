/**
 * OCI region identifiers known to the OCI SDK that terraform-provider-oci v8.28.0 vendors
 * (oci-go-sdk v65.123.2, `common/regions.go`), all realms. A region missing here gets a synth
 * warning, not an error: Oracle adds regions.
 * @see https://docs.oracle.com/iaas/Content/General/Concepts/regions.htm
 */
export const KNOWN_OCI_REGIONS: readonly string[] = [
  'af-casablanca-1', 'af-johannesburg-1', 'ap-batam-1', 'ap-chiyoda-1', 'ap-chuncheon-1',
  'ap-chuncheon-2', 'ap-dcc-canberra-1', 'ap-dcc-gazipur-1', 'ap-delhi-1', 'ap-hyderabad-1',
  'ap-ibaraki-1', 'ap-kulai-2', 'ap-melbourne-1', 'ap-mumbai-1', 'ap-osaka-1', 'ap-seoul-1',
  'ap-seoul-2', 'ap-singapore-1', 'ap-singapore-2', 'ap-suwon-1', 'ap-sydney-1', 'ap-tokyo-1',
  'ca-montreal-1', 'ca-toronto-1', 'eu-amsterdam-1', 'eu-budapest-1', 'eu-crissier-1',
  'eu-dcc-dublin-1', 'eu-dcc-dublin-2', 'eu-dcc-milan-1', 'eu-dcc-milan-2', 'eu-dcc-rating-1',
  'eu-dcc-rating-2', 'eu-dcc-zurich-1', 'eu-frankfurt-1', 'eu-frankfurt-2', 'eu-jovanovac-1',
  'eu-madrid-1', 'eu-madrid-2', 'eu-madrid-3', 'eu-marseille-1', 'eu-milan-1', 'eu-paris-1',
  'eu-stockholm-1', 'eu-turin-1', 'eu-zurich-1', 'il-jerusalem-1', 'me-abudhabi-1', 'me-abudhabi-2',
  'me-abudhabi-3', 'me-abudhabi-4', 'me-alain-1', 'me-alrayyan-1', 'me-dcc-doha-1',
  'me-dcc-muscat-1', 'me-dubai-1', 'me-ibri-1', 'me-jeddah-1', 'me-riyadh-1', 'mx-monterrey-1',
  'mx-queretaro-1', 'sa-bogota-1', 'sa-riodejaneiro-1', 'sa-santiago-1', 'sa-saopaulo-1',
  'sa-valparaiso-1', 'sa-vinhedo-1', 'uk-cardiff-1', 'uk-gov-cardiff-1', 'uk-gov-london-1',
  'uk-london-1', 'us-ashburn-1', 'us-ashburn-2', 'us-chicago-1', 'us-gov-ashburn-1',
  'us-gov-chicago-1', 'us-gov-phoenix-1', 'us-langley-1', 'us-luke-1', 'us-newark-1', 'us-phoenix-1',
  'us-saltlake-2', 'us-sanjose-1', 'us-somerset-1', 'us-thames-1',
];
