import * as fs from 'fs';
import * as path from 'path';
import { loadESLint } from 'eslint';

/** DESIGN D3: the project's lint config forbids root imports of provider packages. */
describe('deep-imports lint rule', () => {
  const root = path.join(__dirname, '..', '..');
  // The rule exactly as .eslintrc.json (written by projen from .projenrc.ts) configures it.
  const eslintrc = JSON.parse(fs.readFileSync(path.join(root, '.eslintrc.json'), 'utf8').replace(/^\/\/.*$/m, ''));
  const rule = eslintrc.rules['no-restricted-imports'];

  const lint = async (code: string) => {
    const ESLint = await loadESLint({ useFlatConfig: false });
    const eslint = new ESLint({
      cwd: root,
      useEslintrc: false,
      baseConfig: { parser: '@typescript-eslint/parser', parserOptions: { sourceType: 'module' }, rules: { 'no-restricted-imports': rule } },
    });
    const [result] = await eslint.lintText(code, { filePath: path.join(root, 'src', 'gcp', 'lint-probe.ts') });
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    return result.messages.map((m) => m.message);
  };

  test('rejects a root import of a provider package', async () => {
    expect(await lint("import { BigqueryDataset } from '@cdktf/provider-google';\nexport const x = BigqueryDataset;\n"))
      .toEqual([expect.stringMatching(/DESIGN D3/)]);
    expect(await lint("export * from '@cdktf/provider-azurerm';\n")).toEqual([expect.stringMatching(/DESIGN D3/)]);
  });

  test('accepts a deep import', async () => {
    expect(await lint("import { BigqueryDataset } from '@cdktf/provider-google/lib/bigquery-dataset';\nexport const x = BigqueryDataset;\n")).toEqual([]);
  });
});
