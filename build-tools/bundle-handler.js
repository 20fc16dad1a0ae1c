// Bundles the CDK PlatformRegistration handler with esbuild at the library's build (issue 13:
// users need no esbuild or Docker at synth). Runs after jsii and the validator precompile, from
// lib/, into assets/platform-registration/, laid out like the package (lib/..., schemas/...) so
// that the handler finds the bundle schemas at the same relative place. The AWS SDK is left out:
// the Lambda Node.js runtime provides it.
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const out = path.join(root, 'assets', 'platform-registration');
fs.rmSync(out, { recursive: true, force: true });
esbuild.buildSync({
  entryPoints: [path.join(root, 'lib', 'platform', 'registration-handler.js')],
  outfile: path.join(out, 'lib', 'platform', 'registration-handler.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // ajv's compiler is only the fallback when the precompiled validator is missing: left out.
  external: ['@aws-sdk/*', 'ajv/dist/2020'],
  legalComments: 'none',
  logLevel: 'warning',
});
fs.cpSync(path.join(root, 'schemas', 'bundle', 'v1'), path.join(out, 'schemas', 'bundle', 'v1'), { recursive: true });
const size = fs.statSync(path.join(out, 'lib', 'platform', 'registration-handler.js')).size;
console.log(`bundled handler: ${path.relative(root, out)} (${Math.round(size / 1024)} KiB)`);
