// Fails when API.md is not what jsii-docgen generates from the current .jsii assembly.
// Regenerate with `npx projen docgen` (or `npx projen build`).
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'api-md-')), 'API.md');
execFileSync(process.execPath, [require.resolve('jsii-docgen/bin/jsii-docgen'), '-o', tmp], { cwd: root, stdio: 'inherit' });
const want = fs.readFileSync(tmp, 'utf8');
const have = fs.existsSync(path.join(root, 'API.md')) ? fs.readFileSync(path.join(root, 'API.md'), 'utf8') : '';
if (want !== have) {
  console.error('API.md is out of date with the public API. Run `npx projen docgen` and commit API.md.');
  process.exit(1);
}
console.log('API.md is current');
