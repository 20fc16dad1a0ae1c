import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** Helpers shared by the tests of several entry points. */

/** The repository root. */
export const ROOT = path.join(__dirname, '..');

/** Every `import`/`export ... from '<module>'` in the .ts files of `dir` (relative to the root), as [file, module]. */
export function importsOf(dir: string): Array<[string, string]> {
  return fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts')).flatMap((f) => {
    const text = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
    return [...text.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => [`${dir}/${f}`, m[1]] as [string, string]);
  });
}

/**
 * Every module file a fresh `node` process has loaded after running `script` at the root, where
 * `finops-integrations/...` resolves by self-reference to the compiled lib/.
 */
export function modulesLoadedBy(script: string): string[] {
  const out = execFileSync(process.execPath, ['-e', `${script};console.log(JSON.stringify(Object.keys(require.cache)))`], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as string[];
}

/** What `fn` throws; fails the test when it throws nothing. */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to throw, and it did not');
}
