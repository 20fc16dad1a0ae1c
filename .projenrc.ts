import * as fs from 'fs';
import { awscdk, javascript, DependencyType, TextFile } from 'projen';

/**
 * The per-cloud entry points (DESIGN D2): each is a jsii submodule and an `exports` subpath.
 * Listed once, in entry-points.json (also read by build-tools/lazy-root-index.js and the tests).
 */
const ENTRY_POINTS: string[] = JSON.parse(fs.readFileSync('entry-points.json', 'utf8')).entryPoints.map((e: { name: string }) => e.name);

/** Framework and provider packages: peers, optional so that a user of one cloud installs one provider. */
const OPTIONAL_PEERS: Record<string, string> = {
  'aws-cdk-lib': '>=2.257.0 <3.0.0',
  'cdktf': '>=0.21.0 <0.22.0',
  '@cdktf/provider-google': '>=16.12.1 <17.0.0',
  '@cdktf/provider-azurerm': '>=14.23.1 <15.0.0',
  '@cdktf/provider-azuread': '>=14.3.1 <15.0.0',
  '@cdktf/provider-tls': '>=11.0.1 <12.0.0',
  '@cdktf/provider-time': '>=11.0.1 <12.0.0',
};

/** Exact versions we build and test against (FACTS.md "Verified versions"). */
const DEV_VERSIONS: Record<string, string> = {
  'aws-cdk-lib': '2.276.0',
  'cdktf': '0.21.0',
  '@cdktf/provider-google': '16.12.1',
  '@cdktf/provider-azurerm': '14.23.1',
  '@cdktf/provider-azuread': '14.3.1',
  '@cdktf/provider-tls': '11.0.1',
  '@cdktf/provider-time': '11.0.1',
};

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'finops-integrations',
  description: 'Infrastructure-as-code constructs (AWS CDK and CDK for Terraform) that connect AWS, GCP, Azure and OCI billing data to a FinOps platform with least-privilege identities, exports and a typed outputs bundle.',
  author: 'finops-integrations maintainers',
  authorAddress: 'maintainers@finops-integrations.dev',
  repositoryUrl: 'https://example.invalid/finops-integrations.git',
  defaultReleaseBranch: 'main',
  // Construct Hub lists construct libraries by the `awscdk` and `cdktf` keywords.
  keywords: ['awscdk', 'cdk', 'cdktf', 'finops', 'billing', 'cost-and-usage-report', 'bigquery', 'cost-management'],
  // Experimental, and a 0.x version, until the API settles (see CHANGELOG.md).
  stability: 'experimental',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  minNodeVersion: '20.0.0',

  cdkVersion: DEV_VERSIONS['aws-cdk-lib'],
  constructsVersion: '10.5.1',
  jsiiVersion: '~6.0.0',

  // No hosted CI or release automation: CI is `.ci/run`, which runs the README's test command.
  github: false,
  release: false,
  depsUpgrade: false,
  buildWorkflow: false,
  pullRequestTemplate: false,

  // Dev versions are set explicitly below (the verified versions), not derived from peer floors.
  peerDependencyOptions: { pinnedDevDependency: false },
  // Runtime deps are bundled (jsii): ajv validates bundles, csv-parse reads the Financial Structure CSV.
  bundledDeps: ['ajv@^8.17.1', 'csv-parse@^7.0.3'],

  // CI checks, it does not mend: the eslint task reports; `npx projen eslint:fix` fixes (for people).
  eslintOptions: { dirs: ['src'], commandOptions: { fix: false } },

  jestOptions: {
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      coverageReporters: ['text-summary'],
      // CDK_VALIDATION=false unless set: aws-cdk-lib's built-in template validation runs in one test only (the file says why).
      setupFiles: ['<rootDir>/test/jest-setup-env.ts'],
    },
  },

  // jsii target names (packaging for them does not run here: PyPI and Maven Central are out of reach).
  publishToPypi: { distName: 'finops-integrations', module: 'finops_integrations' },
  publishToMaven: {
    javaPackage: 'dev.finopsintegrations',
    mavenGroupId: 'dev.finopsintegrations',
    mavenArtifactId: 'finops-integrations',
  },
  publishToNuget: { dotNetNamespace: 'FinopsIntegrations', packageId: 'FinopsIntegrations' },
  publishToGo: { moduleName: 'github.com/finops-integrations/finops-integrations-go' },

  gitignore: ['cdk.out', 'cdktf.out', '.gen', 'bench/.tmp', '*.tfstate', '*.tfstate.*', '.terraform/', '.terraform.lock.hcl', 'test/.readme-*', 'test/.cfn-templates', '/assets/'],
  npmignoreEnabled: true,
});

// ---- dependencies ----------------------------------------------------------------------------
for (const [name, range] of Object.entries(OPTIONAL_PEERS)) {
  if (name === 'aws-cdk-lib') continue; // managed by projen's cdkVersion, see below
  project.deps.removeDependency(name);
  project.deps.addDependency(`${name}@${range}`, DependencyType.PEER);
  project.deps.addDependency(`${name}@${DEV_VERSIONS[name]}`, DependencyType.BUILD);
}
// projen pins the aws-cdk-lib peer to ^cdkVersion; cdk-nag 3 works from 2.257, so the floor is lower.
project.deps.removeDependency('aws-cdk-lib', DependencyType.PEER);
project.deps.addDependency(`aws-cdk-lib@${OPTIONAL_PEERS['aws-cdk-lib']}`, DependencyType.PEER);
project.deps.removeDependency('aws-cdk-lib', DependencyType.BUILD);
project.deps.addDependency(`aws-cdk-lib@${DEV_VERSIONS['aws-cdk-lib']}`, DependencyType.BUILD);
project.package.addField('peerDependenciesMeta',
  Object.fromEntries(Object.keys(OPTIONAL_PEERS).map((name) => [name, { optional: true }])));
project.addDevDeps('constructs@^10.5.1', 'cdk-nag@^3.0.2', 'aws-cdk@^2', 'jsii-docgen@^10.12.6');
// DESIGN D6: generates src/providers/<name>/ from schemas/providers/<name>.json (build-tools/gen-providers.js).
project.addDevDeps('@cdktf/provider-generator@0.21.0');

// ---- platform registration (issue 13) ------------------------------------------------------
// The CLI reads an AWS access key secret by ARN only with --cdk-outputs (or a bundle naming one), and
// loads the SDK at that moment. It is not a dependency of the package (jsii accepts no non-jsii peer,
// and a GCP-only user should not download the AWS SDK): the CLI tells users to install it when needed.
// The Lambda Node.js runtime provides it to the custom resource handler.
project.deps.addDependency('@aws-sdk/client-secrets-manager@^3.1162.0', DependencyType.BUILD);
// esbuild bundles the custom resource handler at the library's build, so users need neither esbuild nor Docker.
project.addDevDeps('esbuild@^0.28.2');
project.addBins({ 'finops-integrations': 'lib/cli/bin.js' });
// The examples run as their README rows say: `npx cdk synth` and `npx cdktf synth`, TypeScript through tsx.
project.addDevDeps('cdktf-cli@0.21.0', 'tsx@^4.23.15');
// Secret scan of every synthesized output folder (test/security-rules/secret-scan.test.ts).
project.addDevDeps('secretlint@^13.0.6', '@secretlint/secretlint-rule-preset-recommend@^13.0.7', '@secretlint/secretlint-rule-pattern@^13.0.6');
// cfn-guard (AWS Control Tower's proactive controls) as a CDK policy validation plugin; its npm package ships
// the cfn-guard binary (build-tools/cfn-guard-templates.js, test/aws/cfn-guard.test.ts).
project.addDevDeps('@cdklabs/cdk-validator-cfnguard@^0.0.62');

// ---- entry points (DESIGN D2, D3) ------------------------------------------------------------
// The root has an ESM entry (lib/index.mjs, written by build-tools/lazy-root-index.js): Node cannot see
// the lazy getters of lib/index.js as named exports, so `import { gcp } from 'finops-integrations'` needs it.
project.package.addField('exports', {
  '.': { types: './lib/index.d.ts', import: './lib/index.mjs', default: './lib/index.js' },
  ...Object.fromEntries(ENTRY_POINTS.map((e) => [`./${e}`, { types: `./lib/${e}/index.d.ts`, default: `./lib/${e}/index.js` }])),
  './schemas/*': './schemas/*',
  './package.json': './package.json',
  './.jsii': './.jsii',
});
// TypeScript's classic `node` resolution ignores `exports`; typesVersions maps the subpaths for it.
project.package.addField('typesVersions', {
  '*': Object.fromEntries(ENTRY_POINTS.map((e) => [e, [`lib/${e}/index.d.ts`]])),
});

// The root index: one jsii submodule per entry point, generated from the list.
new TextFile(project, 'src/index.ts', {
  lines: [
    '// ~~ Generated by projen from entry-points.json. To add an entry point, add it there and run "npx projen".',
    '// Each entry point is a jsii submodule and a package.json `exports` subpath (DESIGN D2).',
    '// build-tools/lazy-root-index.js rewrites the compiled form so that each loads on first use.',
    ...ENTRY_POINTS.map((e) => `export * as ${e} from './${e}';`),
  ],
});

// ---- build and test tasks --------------------------------------------------------------------
// The root index loads its submodules lazily (as aws-cdk-lib does): rewrite lib/index.js after jsii.
project.compileTask.reset('jsii --silence-warnings=reserved-word --silence-warnings=metadata/missing-dev-dependency');
project.compileTask.exec('node build-tools/lazy-root-index.js');
// finops-integrations/platform: its CDK and cdktf constructs load their framework on first use only.
project.compileTask.exec('node build-tools/lazy-submodule-index.js platform');
// The bundle validator as ajv standalone code, so that the CLI compiles no schema at start (issue 13).
project.compileTask.exec('node build-tools/precompile-bundle-validator.js');
// The CDK PlatformRegistration handler, bundled now so that users need no esbuild or Docker at synth.
project.compileTask.exec('node build-tools/bundle-handler.js');
// Each entry point first checks that its peer packages are installed, and names them when they are not.
project.compileTask.exec('node build-tools/peer-guards.js');

// The package task only builds the JavaScript package here (other languages need registries we can't reach).
project.tasks.tryFind('package-all')?.reset();
project.tasks.tryFind('package-all')?.spawn(project.tasks.tryFind('package:js')!);

const docgenCheck = project.addTask('docgen:check', {
  description: 'Fail when API.md is not what jsii-docgen generates from the current assembly',
  exec: 'node build-tools/check-api-md.js',
});

// DESIGN D6: bindings for providers without a prebuilt cdktf package, from the schema subsets.
project.addTask('gen:providers', {
  description: 'Generate src/providers/<name>/ from every schemas/providers/<name>.json (commit the output)',
  exec: 'node build-tools/gen-providers.js',
});

// The README's main command: build, synthesize every example offline with its examples-table command,
// print what each creates and write examples/REPORT.md (CI runs the script with --check for drift).
for (const [name, description] of [
  ['examples', 'Build the library, synthesize every example offline and report what each creates (writes examples/REPORT.md)'],
  ['synth:examples', "Same as 'examples' (older name)"],
]) {
  const task = project.addTask(name, { description });
  task.spawn(project.compileTask);
  task.exec('node build-tools/synth-examples.js', { receiveArgs: true });
}

// README's test command is `npx projen test`: compile with jsii, check API.md, type-check tests, then jest and eslint.
const testTask = project.testTask;
testTask.reset();
testTask.spawn(project.compileTask);
testTask.spawn(docgenCheck);
// ts-jest transpiles test files one by one (isolatedModules): type-check them as a whole here.
testTask.exec('tsc --noEmit -p test/tsconfig.json');
// The AWS tests write every template they synthesize to test/.cfn-templates/; cfn-lint checks them after jest.
testTask.exec('node build-tools/cfn-lint-templates.js --clean');
testTask.exec('jest --passWithNoTests --ci', { receiveArgs: true });
testTask.exec('node build-tools/cfn-lint-templates.js');
testTask.spawn(project.tasks.tryFind('eslint')!);

// CI checks and does not mend: the eslint task runs without --fix; this one fixes, for people.
project.addTask('eslint:fix', {
  description: 'Runs eslint with --fix',
  exec: 'eslint --ext .ts,.tsx --fix --no-error-on-unmatched-pattern src test build-tools examples bench projenrc .projenrc.ts',
  env: { ESLINT_USE_FLAT_CONFIG: 'false', NODE_NO_WARNINGS: '1' },
});

// The newcomer's path, as the README and the guides write it, on the packed tarball (CI runs it after `test`).
const userPath = project.addTask('test:user-path', {
  description: 'npm pack, then for each cloud guide: a fresh app made by its Quick start commands, synthesized and checked',
});
userPath.exec('tsx test/user-path/run.ts');

const bench = project.addTask('bench', {
  description: 'Benchmarks (bench/RESULTS.md): require() cost, synth cost of each construct against the same resources declared directly, scale curves, install footprint, CLI start-up, example commands',
});
bench.spawn(project.compileTask);
bench.exec('node bench/require-cost.js');
bench.exec('node bench/synth-cost.js');
bench.exec('node bench/synth-ratio.js');
bench.exec('node bench/scale.js');
bench.exec('node bench/footprint.js');
bench.exec('node bench/cli-validate.js');
bench.exec('node bench/example-commands.js');
// The README's commands on a fresh clone of the committed state (needs the network for npm ci, or its cache).
const benchClone = project.addTask('bench:fresh-clone', {
  description: 'Time the README\'s commands on a fresh clone of HEAD: git clone, npm ci, the main command (node bench/fresh-clone.js --cmd ...)',
});
benchClone.exec('node bench/fresh-clone.js');

// ---- lint: deep imports only (DESIGN D3) ---------------------------------------------------
project.eslint?.addRules({
  'no-restricted-imports': ['error', {
    patterns: [{
      regex: '^@cdktf/provider-[a-z0-9-]+$',
      message: 'Import provider classes from their files (e.g. @cdktf/provider-google/lib/bigquery-dataset), never from the provider root (DESIGN D3).',
    }],
  }],
});
project.eslint?.addIgnorePattern('src/providers/');
project.eslint?.addLintPattern('examples');
project.eslint?.addLintPattern('bench');

project.npmignore?.exclude('/examples/', '/bench/', '/build-tools/', '/.ci/', 'cdk.out', 'cdktf.out');
project.npmignore?.include('/schemas/');
project.npmignore?.include('/assets/');

project.synth();
