import * as fs from 'fs';
import * as path from 'path';

/** Reading the code blocks of the README and the guides, for the tests that compile and run them. */

/** The repository root. */
export const ROOT = path.join(__dirname, '..', '..');

/** A fenced code block of a Markdown file. */
export interface CodeBlock {
  /** The file, relative to the root (e.g. `docs/aws.md`). */
  readonly file: string;
  /** The line of the opening fence (1-based). */
  readonly line: number;
  /** The fence's language (`ts`, `sh`, ...). */
  readonly lang: string;
  /** The code, without the fences. */
  readonly code: string;
  /** The `## ` section the block is in ('' before the first). */
  readonly section: string;
  /** The last non-empty line of prose before the block. */
  readonly before: string;
}

/** The README and every guide under docs/, relative to the root. */
export function docFiles(): string[] {
  const docs = path.join(ROOT, 'docs');
  const guides = fs.existsSync(docs) ? fs.readdirSync(docs).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`) : [];
  return ['README.md', ...guides];
}

/**
 * The guides: `docs/<entry point>.md` for each entry point of entry-points.json that has one. Each has a
 * Quick start that CI follows. The other pages under docs/ are topics (manual steps, moving to CDK
 * Terrain) that hold no app to run.
 */
export function guideFiles(): string[] {
  const entryPoints = JSON.parse(fs.readFileSync(path.join(ROOT, 'entry-points.json'), 'utf8')).entryPoints as Array<{ name: string }>;
  const names = new Set(entryPoints.map((e) => `docs/${e.name}.md`));
  return docFiles().filter((f) => names.has(f));
}

/** Every fenced code block of `file` (relative to the root). */
export function codeBlocks(file: string): CodeBlock[] {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const out: CodeBlock[] = [];
  let section = '';
  let before = '';
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) {
      if (lines[i].startsWith('## ')) section = lines[i].slice(3).trim();
      if (lines[i].trim() !== '') before = lines[i].trim();
      continue;
    }
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`${file}:${i + 1}: code block is not closed`);
    out.push({ file, line: i + 1, lang: open[1], code: lines.slice(i + 1, end).join('\n') + '\n', section, before });
    i = end;
    before = '';
  }
  return out;
}

/** The TypeScript blocks of `file`. */
export function typeScriptBlocks(file: string): CodeBlock[] {
  return codeBlocks(file).filter((b) => b.lang === 'ts' || b.lang === 'typescript');
}

/**
 * A guide's "Quick start" section as steps: its shell blocks to run in order, and each TypeScript
 * block as a file to save, named by the prose just before it ("Save this as `main.ts`:").
 */
export type QuickStartStep = { readonly run: string } | { readonly save: string; readonly code: string };

/** The steps of the `## Quick start...` section of `file`; throws when the section is missing or unclear. */
export function quickStart(file: string): QuickStartStep[] {
  const blocks = codeBlocks(file).filter((b) => /^Quick start\b/.test(b.section));
  if (blocks.length === 0) throw new Error(`${file}: no code block under a "## Quick start" heading`);
  return blocks.map((b): QuickStartStep => {
    if (b.lang === 'sh') return { run: b.code };
    if (b.lang === 'ts' || b.lang === 'typescript') {
      const name = /\bas `([^`]+)`/.exec(b.before)?.[1];
      if (!name) throw new Error(`${file}:${b.line}: the prose before a Quick start TypeScript block must say "as \`<file>\`"; got '${b.before}'`);
      return { save: name, code: b.code };
    }
    throw new Error(`${file}:${b.line}: a Quick start block must be sh or ts; got '${b.lang}'`);
  });
}
