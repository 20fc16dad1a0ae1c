/** What the CLI reads and writes, so that tests can run it in-process. */
export interface CliIo {
  readonly env: Record<string, string | undefined>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** All of standard input. */
  readonly readStdin: () => Promise<string>;
  /** The working directory relative paths are read from. */
  readonly cwd: string;
}

/** Exit codes (issue 13): 0 done, 1 platform or network failure, 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_PLATFORM = 1;
export const EXIT_USAGE = 2;

/** Bad input or usage: exit 2, message shown as is. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
