/** Props of `TerraformPlatformRegistration` (no framework import: index.ts loads this file eagerly). */
export interface TerraformPlatformRegistrationProps {
  /**
   * The bundle to register: its JSON text, usually the integration construct's `bundle`
   * (e.g. `GcpBillingIntegration.bundle`). It travels to the CLI through the environment only.
   */
  readonly bundle: string;
  /** Base URL of the platform, e.g. `https://finops.example.com`. */
  readonly platformUrl: string;
  /**
   * Org slug to register into, overriding the bundle's `org.slug`.
   * @default - the bundle's org
   */
  readonly org?: string;
  /**
   * Path of a Financial Structure CSV to upload with the registration (read at synth time to
   * re-run the registration when it changes; checked by the CLI before upload).
   * @default - none uploaded
   */
  readonly financialStructureFile?: string;
  /**
   * The command that runs the `finops-integrations` CLI on the machine that runs Terraform.
   * @default 'npx --no-install finops-integrations' (the CLI of this package, installed in the app)
   */
  readonly cliCommand?: string;
}
