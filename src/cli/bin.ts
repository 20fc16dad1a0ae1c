#!/usr/bin/env node
// The `finops-integrations` command (package.json `bin`). See `finops-integrations --help`.
import { main } from './main';

void main(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  cwd: process.cwd(),
}).then((code) => { process.exitCode = code; });
