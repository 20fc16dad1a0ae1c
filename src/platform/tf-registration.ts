import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { DataResource, Fn } from 'cdktf';
import { Construct } from 'constructs';
import { checkBundleProp, checkOrgProp, checkPlatformUrlProp } from './registration-checks';
import { TerraformPlatformRegistrationProps } from './tf-registration-props';
import { propError } from '../core/errors';

const DEFAULT_CLI = 'npx --no-install finops-integrations';

/** A POSIX shell for the commands: `printf` is a builtin there, so the bundle never reaches a command line. */
const SHELL = ['/bin/sh', '-c'];

/**
 * Registers a bundle with the FinOps platform from a cdktf stack: a `terraform_data` resource whose
 * `local-exec` runs `finops-integrations register` when it is created, and again whenever the
 * bundle (or the org, the URL or the Financial Structure) changes; a second `terraform_data`
 * deregisters the integration when it is destroyed, using only its own `self` values.
 *
 * Secrets travel only through the environment: the bundle goes to the CLI as `FINOPS_BUNDLE`
 * (piped on standard input by the shell's builtin `printf`), and the platform token is read from
 * `FINOPS_PLATFORM_TOKEN` in the environment of `cdktf deploy` / `terraform apply`: it is never in
 * the configuration, the command line, the state or a file. Needs Terraform 1.4 or later and a
 * POSIX shell.
 *
 * @see https://developer.hashicorp.com/terraform/language/resources/terraform-data
 * @see https://developer.hashicorp.com/terraform/language/resources/provisioners/local-exec
 * @example
 * const billing = new GcpBillingIntegration(stack, 'Billing', { ... });
 * new TerraformPlatformRegistration(stack, 'Platform', {
 *   bundle: billing.bundle,
 *   platformUrl: 'https://finops.example.com',
 * });
 */
export class TerraformPlatformRegistration extends Construct {
  /** The `terraform_data` resource whose creation registers the bundle. */
  public readonly resource: DataResource;
  /** The `terraform_data` resource whose destruction deregisters the integration. */
  public readonly deregistration: DataResource;

  constructor(scope: Construct, id: string, props: TerraformPlatformRegistrationProps) {
    super(scope, id);
    checkPlatformUrlProp(this, props.platformUrl);
    checkOrgProp(this, props.org);
    const cli = props.cliCommand ?? DEFAULT_CLI;
    if (cli.trim() === '') throw propError(this, 'cliCommand', 'must be a command', cli);
    const known = checkBundleProp(this, props.bundle, props.org);
    const decoded = known ? undefined : Fn.jsondecode(props.bundle);
    const org = known?.org ?? props.org ?? Fn.lookupNested(decoded, ['org', 'slug']);
    const integrationId = known?.integrationId ?? Fn.lookupNested(decoded, ['integrationId']);
    let financialStructureSha: string | undefined;
    let financialStructurePath: string | undefined;
    if (props.financialStructureFile !== undefined) {
      financialStructurePath = path.resolve(props.financialStructureFile);
      try {
        financialStructureSha = createHash('sha256').update(fs.readFileSync(financialStructurePath)).digest('hex');
      } catch (e) {
        throw propError(this, 'financialStructureFile', `must be a readable file (${(e as NodeJS.ErrnoException).code})`, props.financialStructureFile);
      }
    }

    // Destroy-time provisioners may refer to `self` only: everything deregistration needs is in its input.
    const identity = { org, integration_id: integrationId, platform_url: props.platformUrl, cli };
    this.deregistration = new DataResource(this, 'Deregistration', {
      input: identity,
      triggersReplace: identity,
      provisioners: [{
        type: 'local-exec',
        when: 'destroy',
        interpreter: SHELL,
        command: '${self.input.cli} deregister --org "$FINOPS_ORG" --integration-id "$FINOPS_INTEGRATION_ID"',
        environment: {
          FINOPS_ORG: '${self.input.org}',
          FINOPS_INTEGRATION_ID: '${self.input.integration_id}',
          FINOPS_PLATFORM_URL: '${self.input.platform_url}',
        },
      }],
    });

    const args = [
      ...(props.org !== undefined ? ['--org "$FINOPS_ORG"'] : []),
      ...(financialStructurePath !== undefined ? ['--financial-structure "$FINOPS_FINANCIAL_STRUCTURE"'] : []),
    ];
    this.resource = new DataResource(this, 'Resource', {
      // A new hash of the bundle replaces the resource, which runs the registration again.
      triggersReplace: {
        // Hashed here when known at synth time (cdktf would quote the whole bundle in a validation error).
        bundle_sha256: known ? createHash('sha256').update(props.bundle).digest('hex') : Fn.sha256(props.bundle),
        org,
        platform_url: props.platformUrl,
        ...(financialStructureSha ? { financial_structure_sha256: financialStructureSha } : {}),
      },
      dependsOn: [this.deregistration],
      provisioners: [{
        type: 'local-exec',
        interpreter: SHELL,
        command: `printf '%s' "$FINOPS_BUNDLE" | ${cli} register --bundle -${args.map((a) => ` ${a}`).join('')}`,
        environment: {
          FINOPS_BUNDLE: known ? escapeTemplate(props.bundle) : props.bundle,
          FINOPS_PLATFORM_URL: props.platformUrl,
          ...(props.org !== undefined ? { FINOPS_ORG: props.org } : {}),
          ...(financialStructurePath !== undefined ? { FINOPS_FINANCIAL_STRUCTURE: financialStructurePath } : {}),
        },
      }],
    });
  }
}

/** A literal string for a Terraform JSON value: `${` and `%{` would start template sequences there. */
function escapeTemplate(text: string): string {
  return text.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}
