import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ContractServer } from './contract-server';
import { main } from '../../src/cli/main';
import { PlatformClient } from '../../src/platform/client';

/** Run the CLI in-process and capture what it prints. */

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A temporary directory with the given files (name to content; objects are written as JSON). */
export function tempFiles(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finops-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** Run `finops-integrations <argv>` against `server` (if any) with fast retries. */
export interface CliRunOptions {
  readonly server?: ContractServer;
  readonly cwd?: string;
  readonly stdin?: string;
  readonly env?: Record<string, string | undefined>;
}

export async function runCli(argv: string[], opts: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const env = {
    ...(opts.server ? { FINOPS_PLATFORM_URL: opts.server.url, FINOPS_PLATFORM_TOKEN: opts.server.token } : {}),
    ...opts.env,
  };
  const code = await main(argv, {
    env,
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readStdin: async () => opts.stdin ?? '',
    cwd: opts.cwd ?? process.cwd(),
  }, {
    makeClient: (url, token) => new PlatformClient({
      url, token, requestTimeoutMillis: 300, initialBackoffMillis: 10, maxBackoffMillis: 40, maxAttempts: 4,
    }),
  });
  return { code, stdout, stderr };
}
