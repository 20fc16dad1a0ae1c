// Writes bench/direct/<name>.js: the resources that one integration synthesizes, declared directly
// with the provider classes imported from their files (deep imports; the generated OCI and azapi
// bindings from lib/providers), with the same properties, references between resources as the
// resources' attributes (tokens), dependencies as `dependsOn`. bench/synth-ratio.js checks before it
// measures that each direct stack synthesizes to the same Terraform JSON as the construct's.
// Usage: node bench/make-direct.js [name ...]   (names: exports of bench/cases/cdktf.js; default gcp azure oci)
// Needs lib/ (npx projen compile). Re-run when a construct changes what it synthesizes.
const fs = require('fs');
const path = require('path');
const { ROOT, runNode, tmpDir } = require('./lib');

/** Where the classes of each provider live, from bench/direct/. */
const PROVIDER_DIRS = {
  google: '@cdktf/provider-google/lib',
  azurerm: '@cdktf/provider-azurerm/lib',
  azuread: '@cdktf/provider-azuread/lib',
  time: '@cdktf/provider-time/lib',
  random: '@cdktf/provider-random/lib',
  tls: '@cdktf/provider-tls/lib',
  oci: '../../lib/providers/oci',
  azapi: '../../lib/providers/azapi',
};

/** Attributes whose keys are data (maps, JSON bodies): their keys are kept as they are. */
const VERBATIM = new Set(['labels', 'tags', 'body', 'freeform_tags', 'defined_tags', 'triggers', 'metadata', 'headers', 'keepers']);

const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** The module path and exported class of a resource or data source type. */
function classOf(type, isData) {
  const provider = type.split('_')[0];
  const dir = PROVIDER_DIRS[provider];
  if (!dir) throw new Error(`no provider directory for ${type}: add it to PROVIDER_DIRS`);
  const file = (isData ? `data-${type}` : type.slice(provider.length + 1)).replace(/_/g, '-');
  const modulePath = `${dir}/${file}`;
  const resolved = require.resolve(modulePath.startsWith('.') ? path.join(__dirname, 'direct', modulePath) : modulePath, { paths: [ROOT] });
  const mod = require(resolved);
  const wanted = file === 'provider' ? provider : type;
  const name = Object.keys(mod).find((k) => typeof mod[k] === 'function' && mod[k].tfResourceType === wanted);
  if (!name) throw new Error(`no class with tfResourceType ${type} in ${modulePath}`);
  return { modulePath, name, cls: mod[name] };
}

function generate(name) {
  const out = tmpDir(`direct-${name}`);
  const json = JSON.parse(runNode(path.join(__dirname, 'app.js'), ['cdktf', path.join(__dirname, 'cases', 'cdktf.js'), name, '1', out], {
    env: { BENCH_PRINT_STACK: '1' },
  }).stdout);
  fs.rmSync(out, { recursive: true, force: true });

  // Every resource and data source, with the variable that will hold it.
  const elements = [];
  for (const [provider, configs] of Object.entries(json.provider ?? {})) {
    if (configs.length !== 1) throw new Error(`${provider}: one provider configuration expected, found ${configs.length}`);
    const { cls } = classOf(`${provider}_provider`, false);
    elements.push({ type: provider, id: provider, config: configs[0], address: `provider.${provider}`, variable: `p${elements.length}`,
      modulePath: `${PROVIDER_DIRS[provider]}/provider`, name: cls.name, cls });
  }
  for (const [kind, isData] of [['data', true], ['resource', false]]) {
    for (const [type, byId] of Object.entries(json[kind] ?? {})) {
      for (const [id, config] of Object.entries(byId)) {
        const address = `${isData ? 'data.' : ''}${type}.${id}`;
        elements.push({ type, id, config, isData, address, variable: `r${elements.length}`, ...classOf(type, isData) });
      }
    }
  }
  const byAddress = new Map(elements.map((e) => [e.address, e]));
  const refPattern = /\$\{((?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+)\.([a-z0-9_]+)\}/g;

  /** JS expression for a string: tokens for whole references, a template literal for mixed text. */
  const stringExpr = (s, uses) => {
    const parts = []; let last = 0; let m; let simple = true;
    refPattern.lastIndex = 0;
    while ((m = refPattern.exec(s)) !== null) {
      const target = byAddress.get(m[1]);
      if (!target) { simple = false; break; }
      parts.push({ text: s.slice(last, m.index) }, { target, attr: m[2] });
      last = m.index + m[0].length;
    }
    // Expressions other than plain references (Terraform functions, var.*) stay as written.
    if (!simple || parts.length === 0 || /\$\{/.test(parts.filter((p) => p.text !== undefined).map((p) => p.text).join('') + s.slice(last))) {
      return JSON.stringify(s);
    }
    parts.push({ text: s.slice(last) });
    const attrExpr = ({ target, attr }) => {
      uses.add(target);
      const getter = camel(attr);
      return getter in target.cls.prototype ? `${target.variable}.${getter}` : `${target.variable}.getStringAttribute(${JSON.stringify(attr)})`;
    };
    if (parts.length === 3 && parts[0].text === '' && parts[2].text === '') return attrExpr(parts[1]);
    return '`' + parts.map((p) => (p.text !== undefined ? p.text.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${') : '${' + attrExpr(p) + '}')).join('') + '`';
  };
  const valueExpr = (v, uses, verbatim) => {
    if (typeof v === 'string') return stringExpr(v, uses);
    if (Array.isArray(v)) return `[${v.map((x) => valueExpr(x, uses, verbatim)).join(', ')}]`;
    if (v && typeof v === 'object') {
      return `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(verbatim ? k : camel(k))}: ${valueExpr(x, uses, verbatim || VERBATIM.has(k))}`).join(', ')} }`;
    }
    return JSON.stringify(v);
  };

  for (const e of elements) {
    e.uses = new Set();
    const entries = [];
    for (const [k, v] of Object.entries(e.config)) {
      if (k === '//') continue;
      if (k === 'depends_on') {
        entries.push(`dependsOn: [${v.map((a) => { const t = byAddress.get(a); if (!t) throw new Error(`unknown dependency ${a}`); e.uses.add(t); return t.variable; }).join(', ')}]`);
      } else {
        entries.push(`${JSON.stringify(camel(k))}: ${valueExpr(v, e.uses, VERBATIM.has(k))}`);
      }
    }
    e.code = `  const ${e.variable} = new ${e.name}(stack, ${JSON.stringify(e.id)}, { ${entries.join(', ')} });`;
  }

  // Declaration order: every element after the ones it refers to.
  const ordered = []; const done = new Set();
  const visit = (e, trail = []) => {
    if (done.has(e)) return;
    if (trail.includes(e)) throw new Error(`reference cycle through ${e.address}`);
    for (const u of e.uses) visit(u, [...trail, e]);
    done.add(e); ordered.push(e);
  };
  elements.forEach((e) => visit(e));

  const imports = new Map();
  for (const e of elements) imports.set(`${e.name}|${e.modulePath}`, e);
  const lines = [
    `// Generated by \`node bench/make-direct.js ${name}\`: the resources that bench/cases/cdktf.js \`${name}\` synthesizes,`,
    '// declared directly with the provider classes imported from their files, with the same properties.',
    '// bench/synth-ratio.js checks that both synthesize to the same Terraform JSON. Do not edit; regenerate.',
    '/* eslint-disable */',
    ...[...imports.values()].map((e) => `const { ${e.name} } = require(${JSON.stringify(e.modulePath)});`),
    '',
    `exports.${name} = (stack) => {`,
    ...ordered.map((e) => e.code),
    '};',
    '',
  ];
  const file = path.join(__dirname, 'direct', `${name}.js`);
  fs.writeFileSync(file, lines.join('\n'));
  console.log(`wrote ${path.relative(ROOT, file)}: ${elements.length} resources and data sources`);
}

if (require.main === module) {
  const names = process.argv.slice(2);
  for (const name of names.length ? names : ['gcp', 'azure', 'oci']) generate(name);
}
