// Runs cfn-lint (https://github.com/aws-cloudformation/cfn-lint) over every CloudFormation template the
// AWS tests synthesized into test/.cfn-templates/ (test/aws/helpers.ts writes each one there), as part
// of `npx projen test`. Any error or warning fails; cfn-lint absent: a clear skip (install: pip install cfn-lint).
// Usage: node build-tools/cfn-lint-templates.js [--clean]   (--clean empties the folder before jest)
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', 'test', '.cfn-templates');

if (process.argv.includes('--clean')) {
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

/** True when a `cfn-lint` executable is on the PATH (looked up without starting Python, which takes seconds). */
function available() {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  return (process.env.PATH ?? '').split(path.delimiter).some((d) => d && exts.some((e) => fs.existsSync(path.join(d, `cfn-lint${e}`))));
}

/** Lint `files` with cfn-lint; returns { available, status, output }. */
function lint(files) {
  if (!available()) return { available: false, status: 0, output: '' };
  if (files.length === 0) return { available: true, status: 0, output: '' };
  const run = spawnSync('cfn-lint', ['--format', 'parseable', '--', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { available: true, status: run.status, output: `${run.stdout}${run.stderr}`.trim() };
}

module.exports = { available, lint };

if (require.main === module) {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f)) : [];
  if (files.length === 0) {
    console.error(`cfn-lint: no templates in ${path.relative(process.cwd(), dir)}: run the AWS tests first (jest test/aws)`);
    process.exit(1);
  }
  const result = lint(files);
  if (!result.available) {
    console.log(`cfn-lint: SKIPPED, cfn-lint is not installed (pip install cfn-lint); ${files.length} templates not linted`);
    process.exit(0);
  }
  if (result.status !== 0) {
    console.error(`cfn-lint: findings in the ${files.length} templates of test/.cfn-templates:\n${result.output}`);
    process.exit(1);
  }
  console.log(`cfn-lint: ${files.length} templates, clean`);
}
