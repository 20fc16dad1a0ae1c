// Time of the README's commands on a fresh clone: `git clone` of this repository's committed state
// (HEAD, or --ref) into an empty folder, then each command in turn from the clone, each timed with
// its peak RSS (/usr/bin/time: the largest single process of the command). npm's cache is whatever
// this machine has (a user who installed before has one too); the clone itself is local.
// Usage: node bench/fresh-clone.js [--ref <commit>] [--cmd "<command>" ...]
// Default commands: the README's two (`npm ci`, then the main command `npx projen examples`).
const { execFileSync } = require('child_process');
const path = require('path');
const { ROOT, arg, footer, header, progress, run, table, tmpDir } = require('./lib');

const argv = process.argv.slice(2);
const commands = argv.flatMap((a, i) => (a === '--cmd' ? [argv[i + 1]] : []));
if (commands.length === 0) commands.push('npm ci', 'npx projen examples');
const ref = arg('ref', 'HEAD');
const commit = execFileSync('git', ['rev-parse', ref], { cwd: ROOT, encoding: 'utf8' }).trim();
const tmp = tmpDir('fresh-clone');
const clone = path.join(tmp, 'repo');

header(`node bench/fresh-clone.js ${commands.map((c) => `--cmd "${c}"`).join(' ')}${ref === 'HEAD' ? '' : ` --ref ${ref}`}`);
console.log(`Commit ${commit.slice(0, 12)}, cloned into an empty folder.\n`);
const rows = [];
progress('fresh-clone: git clone');
const cloned = run(['git', 'clone', '--quiet', '--no-hardlinks', ROOT, clone], { cwd: tmp });
execFileSync('git', ['checkout', '--quiet', commit], { cwd: clone });
rows.push(['`git clone` (local)', (cloned.ms / 1000).toFixed(1), (cloned.rssMb).toFixed(0)]);
let total = 0;
for (const command of commands) {
  progress(`fresh-clone: ${command}`);
  const r = run(['bash', '-c', command], { cwd: clone, env: { CI: '1' } });
  total += r.ms;
  rows.push([`\`${command}\``, (r.ms / 1000).toFixed(1), r.rssMb.toFixed(0)]);
}
rows.push(['**the commands together**', `**${(total / 1000).toFixed(1)}**`, '']);
table(['step', 'wall s', 'peak RSS MB (largest process)'], rows);
footer();
require('fs').rmSync(tmp, { recursive: true, force: true });
