/** The `--help` texts: each command with an example. */

export const MAIN_HELP = `finops-integrations: register outputs bundles with the FinOps platform

Usage: finops-integrations <command> [options]

Commands:
  register              register bundles (org, integration, recommendations, Financial Structure)
  deregister            delete the integrations of bundles from the platform
  validate              check bundles against the v1 schema (no network)
  financial-structure   write the Financial Structure template (CSV)

Inputs (register, deregister, validate; one of):
  --bundle <file|->            a bundle JSON file, or '-' for standard input
  --terraform-output <file|->  the JSON of 'terraform output -json': every output that is a v1 bundle
  --cdk-outputs <file>         the file of 'cdk deploy --outputs-file': every output that is a v1 bundle;
                               an AWS access key is read from Secrets Manager by ARN when registering

Options:
  --org <slug>                 register into this org instead of the bundle's
  --financial-structure <file> upload this Financial Structure CSV to each org (register)
  --dry-run                    print what would be sent, secrets redacted; send nothing
  --json                       machine-readable output on stdout
  -h, --help                   help; 'finops-integrations <command> --help' for a command
  --version                    the package version

Environment:
  FINOPS_PLATFORM_URL    the platform's base URL (https://; http:// only to localhost)
  FINOPS_PLATFORM_TOKEN  the platform API token (never printed)

Exit status: 0 done, 1 platform or network failure, 2 bad input or usage.

Examples:
  finops-integrations register --cdk-outputs outputs.json --financial-structure fs.csv
  terraform output -json | finops-integrations register --terraform-output -
  finops-integrations deregister --bundle bundle.json
  finops-integrations validate --bundle bundle.json
  finops-integrations financial-structure template --provider gcp --bundle bundle.json > fs.csv
`;

export const COMMAND_HELP: Record<string, string> = {
  'register': `Usage: finops-integrations register (--bundle <file|-> | --terraform-output <file|-> | --cdk-outputs <file>)
                                  [--org <slug>] [--financial-structure <file>] [--dry-run] [--json]

Validates every bundle (and the Financial Structure) first, then for each bundle: ensures its org,
registers the Cost Orchestrator integration, sets its recommendations, and uploads the Financial
Structure. Each call is idempotent: run it again after a failure.

Examples:
  export FINOPS_PLATFORM_URL=https://finops.example.com FINOPS_PLATFORM_TOKEN=...
  finops-integrations register --bundle bundle.json
  terraform output -json | finops-integrations register --terraform-output -
  finops-integrations register --cdk-outputs outputs.json --org acme-aws --financial-structure fs.csv
  finops-integrations register --cdk-outputs outputs.json --dry-run
`,
  'deregister': `Usage: finops-integrations deregister (--bundle <file|-> | --terraform-output <file|-> | --cdk-outputs <file>)
                                    [--org <slug>] [--dry-run] [--json]
       finops-integrations deregister --org <slug> --integration-id <id> [--dry-run] [--json]

Deletes each bundle's integration from its org (or the one named by --org and --integration-id);
an integration already absent counts as done.

Examples:
  finops-integrations deregister --terraform-output tf-output.json
  finops-integrations deregister --org acme-gcp --integration-id gcp-012345-6789AB-CDEF01
`,
  'validate': `Usage: finops-integrations validate (--bundle <file|-> | --terraform-output <file|-> | --cdk-outputs <file>)
                                  [--financial-structure <file>] [--json]

Checks bundles against finops-integrations/bundle/v1, and a Financial Structure CSV if given,
reporting every problem with its field or row. Makes no network call.

Example:
  finops-integrations validate --bundle bundle.json
`,
  'financial-structure': `Usage: finops-integrations financial-structure template --provider <aws|gcp|azure|oci>
                                                      [--bundle <file|-> | --terraform-output <file|-> | --cdk-outputs <file>]

Writes the Financial Structure template (CSV) on stdout: columns provider, scope_type, scope_id,
scope_name, business_unit, cost_center, owner_email, pre-filled with every scope the bundles name.
Fill in business_unit and cost_center (owner_email is optional), then upload it with
'register --financial-structure <file>'.

Example:
  finops-integrations financial-structure template --provider aws --cdk-outputs outputs.json > fs.csv
`,
};
