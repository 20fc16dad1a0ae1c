// Install footprint of a one-cloud user: `npm pack` of this package, then per cloud a fresh folder
// with the packages the README's Install section lists for that cloud (its `npm install` lines),
// installed with and without this package: node_modules size (du) and package count, and what the
// library adds. Uses the npm cache (--prefer-offline). Usage: node bench/footprint.js [--only aws,gcp,azure,oci]
// (needs lib/: npx projen compile)
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { ROOT, arg, footer, header, progress, table, tmpDir } = require('./lib');

const only = arg('only', 'aws,gcp,azure,oci').split(',');
const tmp = tmpDir('footprint');

// The README's Install block: `npm install finops-integrations constructs`, then one line per cloud.
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const install = readme.split('## Install')[1].split('```sh')[1].split('```')[0];
const common = install.match(/^npm install (finops-integrations [^#\n]+)/m)[1].trim().split(/\s+/).filter((p) => p !== 'finops-integrations');
const clouds = [...install.matchAll(/^npm install ([^#\n]+?)\s+#\s*(AWS|GCP|Azure|OCI)\b(.*)$/gm)]
  .map((m) => ({ cloud: m[2], packages: m[1].trim().split(/\s+/), note: m[3].trim() }))
  .filter((c) => only.includes(c.cloud.toLowerCase()));

/** Installed packages (every folder with a package.json under a node_modules, nested and scoped ones too). */
function countPackages(nodeModules) {
  let count = 0;
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir)) {
      if (entry.startsWith('.')) continue;
      const full = path.join(dir, entry);
      if (entry.startsWith('@')) { walk(full); continue; }
      if (!fs.existsSync(path.join(full, 'package.json'))) continue;
      count++;
      walk(path.join(full, 'node_modules'));
    }
  };
  walk(nodeModules);
  return count;
}

const du = (dir) => Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024;

function installIn(name, packages) {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `footprint-${name.toLowerCase()}`, private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...packages], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const nm = path.join(dir, 'node_modules');
  return { mb: du(nm), packages: countPackages(nm), libMb: fs.existsSync(path.join(nm, 'finops-integrations')) ? du(path.join(nm, 'finops-integrations')) : 0 };
}

header('node bench/footprint.js');
progress('footprint: npm pack');
const tarballName = execFileSync('npm', ['pack', '--pack-destination', tmp, '--loglevel=error'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop();
const tarball = path.join(tmp, tarballName);
const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
console.log(`Packed ${tarballName} (${(fs.statSync(tarball).size / 1024).toFixed(0)} KiB), version ${version}. Per cloud, \`npm install ${common.join(' ')} <the README's line for that cloud>\` in an empty folder, with and without the packed library.\n`);
const rows = [];
for (const c of clouds) {
  progress(`footprint: ${c.cloud}`);
  const withLib = installIn(`${c.cloud}-with`, [tarball, ...common, ...c.packages]);
  const without = installIn(`${c.cloud}-without`, [...common, ...c.packages]);
  rows.push([c.cloud, `\`${[...common, ...c.packages].join(' ')}\``, withLib.mb.toFixed(1), withLib.packages,
    without.mb.toFixed(1), without.packages, (withLib.mb - without.mb).toFixed(1), withLib.packages - without.packages, withLib.libMb.toFixed(1)]);
}
table(['cloud', 'packages installed besides the library', 'node_modules MB', 'packages', 'without the library: MB', 'packages',
  'the library adds MB', 'adds packages', 'node_modules/finops-integrations MB'], rows);
footer();
fs.rmSync(tmp, { recursive: true, force: true });
