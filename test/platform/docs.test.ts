import * as fs from 'fs';
import * as path from 'path';
import { COMMAND_HELP } from '../../src/cli/help';
import { ROOT } from '../shared-helpers';

/** docs/platform.md shows every CLI command with an example, and the README links it. */

const guide = fs.readFileSync(path.join(ROOT, 'docs', 'platform.md'), 'utf8');
const shellBlocks = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');

test.each(Object.keys(COMMAND_HELP))('the guide has an example of %s', (command) => {
  expect(shellBlocks).toMatch(new RegExp(`^(.*\\| )?finops-integrations ${command} `, 'm'));
});

test('the guide names both constructs and the client, and the README links it', () => {
  for (const name of ['PlatformRegistration', 'TerraformPlatformRegistration', 'PlatformClient', 'Dependency note']) expect(guide).toContain(name);
  expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('(docs/platform.md)');
});
