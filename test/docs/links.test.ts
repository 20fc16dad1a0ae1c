import * as fs from 'fs';
import * as path from 'path';
import { docFiles, ROOT } from './markdown-blocks';

/**
 * The README links every page under docs/, and every relative link of the README and the docs points
 * to a file that exists and, for a Markdown file, to a heading it has (GitHub's anchor rules).
 */

/** GitHub's anchor of a heading: lowercase, punctuation dropped, spaces as '-'. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
}

/** The anchors of a Markdown file's headings (outside code blocks). */
function anchors(file: string): Set<string> {
  const out = new Set<string>();
  let inCode = false;
  for (const line of fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const h = !inCode && /^#{1,6} (.+)$/.exec(line);
    if (h) out.add(slug(h[1]));
  }
  return out;
}

/** The relative links of a Markdown file (not http(s), not mailto), outside code blocks. */
function relativeLinks(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^(https?:|mailto:)/.test(l));
}

describe('links of the README and the docs', () => {
  test('the README links every page under docs/', () => {
    const linked = new Set(relativeLinks('README.md').map((l) => l.split('#')[0]));
    expect(docFiles().filter((f) => f.startsWith('docs/') && !linked.has(f))).toEqual([]);
  });

  test.each(docFiles().map((f) => [f]))('%s: every relative link resolves (file and heading)', (file) => {
    const broken: string[] = [];
    for (const link of relativeLinks(file)) {
      const [target, anchor] = link.split('#');
      const resolved = target === '' ? file : path.normalize(path.join(path.dirname(file), target));
      if (!fs.existsSync(path.join(ROOT, resolved))) {
        broken.push(`${link}: no file ${resolved}`);
      } else if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor)) {
        broken.push(`${link}: no heading '#${anchor}' in ${resolved}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('the anchor rule is GitHub\'s', () => {
    expect(slug('The manual step: turn on the billing export')).toBe('the-manual-step-turn-on-the-billing-export');
    expect(slug('`gcp-enable-billing-export`: turn on the billing export')).toBe('gcp-enable-billing-export-turn-on-the-billing-export');
    expect(slug('AWS CDK: `PlatformRegistration`')).toBe('aws-cdk-platformregistration');
  });
});
