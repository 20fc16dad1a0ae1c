import { codeBlocks } from './markdown-blocks';

/**
 * The Mermaid diagrams of the README and the guides, and a structural check of their syntax.
 *
 * Not a full Mermaid parser: `@mermaid-js/parser` (ESM only) parses the Langium diagrams (info, packet,
 * pie, architecture, gitGraph, radar, treemap), not flowcharts; `mermaid` itself is an ES module that
 * needs a DOM and pulls in d3, cytoscape, elkjs and katex. This check covers the subset the docs
 * use (`flowchart`, quoted node labels, `subgraph ... end`, `-->`, `-.->` and `==>` with `|"text"|`
 * labels), and refuses what breaks GitHub's renderer: an unquoted label, a quote or backtick inside a
 * label, an unbalanced `subgraph`, an edge to a node that was never declared.
 */

/** One ```mermaid block. */
export interface Diagram {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** Every Mermaid block of `file` (relative to the repository root). */
export function diagrams(file: string): Diagram[] {
  return codeBlocks(file).filter((b) => b.lang === 'mermaid').map((b) => ({ file: b.file, line: b.line, code: b.code }));
}

/** A quoted label: no double quote and no backtick inside (a backtick starts a Mermaid markdown string). */
const LABEL = '"[^"`]*"';
const ID = '[A-Za-z][A-Za-z0-9_]*';
/** A node: an id with an optional label in [ ], ( ), [( )], (( )), { } or [/ /] brackets. */
const NODE = `${ID}(?:\\[${LABEL}\\]|\\(${LABEL}\\)|\\[\\(${LABEL}\\)\\]|\\(\\(${LABEL}\\)\\)|\\{${LABEL}\\}|\\[/${LABEL}/\\])?`;
const ARROW = '(?:-->|-\\.->|==>|---)';
const EDGE_LABEL = `(?:\\|${LABEL}\\|)?`;
const NODE_LINE = new RegExp(`^${NODE}$`);
const EDGE_LINE = new RegExp(`^${NODE}(?:\\s*${ARROW}${EDGE_LABEL}\\s*${NODE})+$`);
const SUBGRAPH_LINE = new RegExp(`^subgraph ${ID}(?:\\[${LABEL}\\])?$`);
const STYLE_LINE = new RegExp(`^(?:classDef ${ID} [^"]+|class ${ID}(?:,${ID})* ${ID}|direction (?:LR|RL|TB|TD|BT))$`);

/** The syntax problems of one diagram, `line N: ...` each; empty when it is fine. */
export function mermaidProblems(code: string): string[] {
  const problems: string[] = [];
  const lines = code.split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l !== '' && !l.startsWith('%%'));
  if (first < 0 || !/^flowchart (LR|RL|TB|TD|BT)$/.test(lines[first])) {
    return [`the first line must be 'flowchart LR' (or TB, TD, RL, BT); got '${lines[first] ?? ''}'`];
  }
  let depth = 0;
  const declared = new Set<string>();
  const used: Array<{ id: string; line: number }> = [];
  lines.forEach((l, i) => {
    if (i <= first || l === '' || l.startsWith('%%')) return;
    const at = `line ${i + 1}`;
    if (l === 'end') {
      depth--;
      if (depth < 0) problems.push(`${at}: 'end' without a subgraph`);
      return;
    }
    if (l.startsWith('subgraph ')) {
      if (!SUBGRAPH_LINE.test(l)) problems.push(`${at}: a subgraph must be 'subgraph id["title"]'; got '${l}'`);
      depth++;
      const id = /^subgraph (\w+)/.exec(l)?.[1];
      if (id) declared.add(id);
      return;
    }
    if (STYLE_LINE.test(l)) return;
    if (!NODE_LINE.test(l) && !EDGE_LINE.test(l)) {
      problems.push(`${at}: not a node, an edge, a subgraph or a style line (labels must be quoted, without " or \` inside); got '${l}'`);
      return;
    }
    // Node ids on this line: declared when they carry a label, used either way.
    const withoutLabels = l.replace(new RegExp(LABEL, 'g'), '""');
    for (const m of withoutLabels.matchAll(new RegExp(`(${ID})(\\[|\\(|\\{)?`, 'g'))) {
      if (m.index !== undefined && m.index > 0 && /[\w"]/.test(withoutLabels[m.index - 1])) continue;
      if (m[2]) declared.add(m[1]);
      used.push({ id: m[1], line: i + 1 });
    }
  });
  if (depth > 0) problems.push(`${depth} subgraph(s) without 'end'`);
  for (const u of used) if (!declared.has(u.id)) problems.push(`line ${u.line}: node '${u.id}' is used but never given a label`);
  return problems;
}

/** Resource types a diagram names: CloudFormation types (`AWS::S3::Bucket`, `Custom::...`) and Terraform types. */
export function namedResourceTypes(code: string): { cloudFormation: string[]; terraform: string[] } {
  const cfn = new Set<string>();
  const tf = new Set<string>();
  for (const m of code.matchAll(/\b(?:AWS::[A-Za-z0-9]+::[A-Za-z0-9]+|Custom::[A-Za-z0-9]+)/g)) cfn.add(m[0]);
  // A Terraform type starts with its provider's name; a data source is written `data.<type>`.
  for (const m of code.matchAll(/\b(?:data\.)?(?:google|azurerm|azuread|azapi|oci|time|tls|terraform)_[a-z0-9_]+/g)) tf.add(m[0]);
  return { cloudFormation: [...cfn].sort(), terraform: [...tf].sort() };
}
