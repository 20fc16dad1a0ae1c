// Makes each compiled entry point (lib/<entry>/index.js) check first that the peer packages it needs
// are installed: `require('finops-integrations/aws')` without aws-cdk-lib then fails with
// "install aws-cdk-lib (>= 2.257) to use finops-integrations/aws" (src/private/peer-check.ts), not with
// a bare `Cannot find module` from deep inside. The peers of an entry point are its `requires` in
// entry-points.json; this script fails when the compiled code loads a peer package that is not listed
// there. Runs after jsii (and lazy-root-index.js) in the compile task; idempotent.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const lib = path.join(root, 'lib');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const entries = JSON.parse(fs.readFileSync(path.join(root, 'entry-points.json'), 'utf8')).entryPoints;
const peers = pkg.peerDependencies || {};
const MARKER = '// finops-integrations: peer check (build-tools/peer-guards.js)';

/** '>=2.257.0 <3.0.0' -> '>= 2.257'; '>=0.21.0 <0.22.0' -> '>= 0.21, < 0.22'; '^10.5.1' -> '>= 10.5.1'. */
function versionsFor(range) {
  const short = (v) => v.replace(/\.0$/, '');
  let m = /^>=\s*(\d+)\.(\d+)\.(\d+)\s+<\s*(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (m) {
    const [floor, upper] = [`${m[1]}.${m[2]}.${m[3]}`, `${m[4]}.${m[5]}.${m[6]}`];
    const nextMajor = Number(m[4]) === Number(m[1]) + 1 && m[5] === '0' && m[6] === '0';
    return nextMajor ? `>= ${short(floor)}` : `>= ${short(floor)}, < ${short(upper)}`;
  }
  m = /^\^(\d+\.\d+\.\d+)$/.exec(range);
  if (m && !m[1].startsWith('0.')) return `>= ${short(m[1])}`;
  return range;
}

/** The package name of a bare specifier ('@cdktf/provider-google/lib/x' -> '@cdktf/provider-google'). */
function packageOf(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every bare package that the compiled files reachable from `file` require. */
function packagesLoadedFrom(file, seen = new Set(), found = new Set()) {
  if (seen.has(file)) return found;
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/require\("([^"]+)"\)/g)) {
    if (spec.startsWith('.')) {
      const base = path.resolve(path.dirname(file), spec);
      const target = [`${base}.js`, path.join(base, 'index.js'), base].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
      if (target) packagesLoadedFrom(target, seen, found);
    } else {
      found.add(packageOf(spec));
    }
  }
  return found;
}

const problems = [];
for (const entry of entries) {
  const file = path.join(lib, entry.name, 'index.js');
  const loaded = [...packagesLoadedFrom(file)].filter((p) => p in peers);
  const unlisted = loaded.filter((p) => !entry.requires.includes(p));
  if (unlisted.length > 0) {
    problems.push(`lib/${entry.name} loads ${unlisted.join(', ')}: add to its "requires" in entry-points.json`);
    continue;
  }
  const unknown = entry.requires.filter((p) => !(p in peers));
  if (unknown.length > 0) {
    problems.push(`entry-points.json: "${entry.name}" requires ${unknown.join(', ')}, which package.json does not list as peers`);
    continue;
  }
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => !l.endsWith(MARKER));
  if (entry.requires.length > 0) {
    const list = entry.requires.map((name) => ({ name, versions: versionsFor(peers[name]) }));
    const call = `require("../private/peer-check").checkPeers(${JSON.stringify(`${pkg.name}/${entry.name}`)}, ${JSON.stringify(list)}); ${MARKER}`;
    lines.splice(lines[0] === '"use strict";' ? 1 : 0, 0, call);
  }
  fs.writeFileSync(file, lines.join('\n'));
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`peer checks: ${entries.filter((e) => e.requires.length > 0).map((e) => `${e.name} (${e.requires.join(', ')})`).join('; ')}`);
