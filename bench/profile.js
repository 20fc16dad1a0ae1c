// CPU profile of one benchmark app (`node --cpu-prof`), summarized: self time by module (a package,
// or a file of this library's lib/), the top functions by self time (with their file), and the
// inclusive time of this library's outermost functions (callees included).
// Usage: node bench/profile.js <cdktf|cdk> <case module> <export> <stacks> [n] [--top N]
// e.g. node bench/profile.js cdktf bench/cases/cdktf.js azureSubscriptions 1 1000
const fs = require('fs');
const path = require('path');
const { ROOT, arg, run, table, tmpDir } = require('./lib');

const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
const [framework, caseModule, exportName, stacks, n = '0'] = positional;
const top = arg('top', 15);
const tmp = tmpDir('profile');

const r = run([process.execPath, '--cpu-prof', `--cpu-prof-dir=${tmp}`, path.join(__dirname, 'app.js'), framework, path.resolve(caseModule), exportName, stacks, path.join(tmp, 'out'), n],
  { env: { CDK_VALIDATION: 'false' } });
const file = fs.readdirSync(tmp).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(fs.readFileSync(path.join(tmp, file), 'utf8'));

// Self time per node: samples × interval (timeDeltas).
const self = new Map();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** A module's name: the package under node_modules, lib/<file> of this library, or node's internals. */
const moduleOf = (url) => {
  if (!url) return '(native, gc, idle)';
  const p = url.replace(/^file:\/\//, '');
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = p.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (p.startsWith(ROOT)) return path.relative(ROOT, p);
  return p.startsWith('node:') ? 'node internals' : p;
};
const byModule = new Map(); const byFunction = new Map();
for (const node of profile.nodes) {
  const ms = self.get(node.id) ?? 0;
  if (!ms) continue;
  const mod = moduleOf(node.callFrame.url);
  byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
  const file = mod === 'node internals' || mod.startsWith('(') ? mod : (node.callFrame.url.split('node_modules/').pop() || mod);
  const fn = `${node.callFrame.functionName || '(anonymous)'} (${file}:${node.callFrame.lineNumber + 1})`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
}
// Inclusive time of this library's functions (self plus callees), outermost call of each only.
const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
const inclusive = new Map();
const isLib = (nd) => (nd.callFrame.url || '').includes(`${ROOT}/lib/`);
const walk = (nd, inLib) => {
  let total = self.get(nd.id) ?? 0;
  for (const c of nd.children ?? []) total += walk(byId.get(c), inLib || isLib(nd));
  if (isLib(nd) && !inLib) {
    const fn = `${nd.callFrame.functionName || '(anonymous)'} (${moduleOf(nd.callFrame.url)}:${nd.callFrame.lineNumber + 1})`;
    inclusive.set(fn, (inclusive.get(fn) ?? 0) + total);
  }
  return total;
};
walk(profile.nodes[0], false);
const pct = (ms) => `${(100 * ms / total).toFixed(1)}%`;
const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`profile of \`node bench/app.js ${framework} ${caseModule} ${exportName} ${stacks} ${n}\`: ${total.toFixed(0)} ms sampled, peak RSS ${r.rssMb.toFixed(0)} MB\n`);
table(['module', 'self ms', 'share'], sorted(byModule).map(([k, v]) => [k, v.toFixed(0), pct(v)]));
console.log('');
table(['function', 'self ms', 'share'], sorted(byFunction).map(([k, v]) => [k, v.toFixed(0), pct(v)]));
console.log('');
table(["this library's outermost functions", 'inclusive ms', 'share'], sorted(inclusive).map(([k, v]) => [k, v.toFixed(0), pct(v)]));
fs.rmSync(tmp, { recursive: true, force: true });
