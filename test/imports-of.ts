import * as fs from 'fs';
import * as path from 'path';

/** The repository root. */
export const ROOT = path.join(__dirname, '..');

/** Every `import`/`export ... from '<module>'` in the .ts files of `dir` (relative to the root), as [file, module]. */
export function importsOf(dir: string): Array<[string, string]> {
  return fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts')).flatMap((f) => {
    const text = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
    return [...text.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => [`${dir}/${f}`, m[1]] as [string, string]);
  });
}
