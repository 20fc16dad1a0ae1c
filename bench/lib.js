// Helpers shared by the benchmark scripts: argument parsing, median, whole-process runs with wall
// time and peak RSS (/usr/bin/time -f %M), interleaved measurement, load average and table printing.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');

/** `--name value` from argv, as a number when `fallback` is a number. */
function arg(name, fallback) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = argv[at + 1];
  return typeof fallback === 'number' ? Number(value) : value;
}

/** Whether `--name` is on the command line. */
function flag(name) {
  return process.argv.slice(2).includes(`--${name}`);
}

/** Median of numbers (the upper one of the two middle values for an even count). */
function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Runs `argv` (argv[0] is the program) under /usr/bin/time and returns its wall time in ms, its peak
 * RSS in MB (largest process of the tree that /usr/bin/time waits for) and its stdout.
 * Throws with the output when the command fails.
 */
function run(argv, { cwd = ROOT, env = {}, input } = {}) {
  const marker = '__PEAK_RSS_KB__';
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', `${marker}%M`, ...argv], {
    cwd, env: { ...process.env, ...env }, encoding: 'utf8', input, maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = (r.stderr ?? '').split('\n');
  const rssLine = lines.reverse().find((l) => l.startsWith(marker));
  if (r.status !== 0 || !rssLine) {
    throw new Error(`${argv.join(' ')} failed (exit ${r.status}) in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  }
  return { ms, rssMb: Number(rssLine.slice(marker.length)) / 1024, stdout: r.stdout };
}

/** A `node` process running `script` (a file path) with `args`. */
function runNode(script, args = [], options = {}) {
  return run([process.execPath, script, ...args], options);
}

/**
 * Measures several cases interleaved (A B C A B C ...) so that the load on the machine hits all
 * alike: one warm-up round, then `runs` rounds. Each case is a function returning `{ ms, rssMb, ... }`.
 * Returns per case the median ms, the median peak RSS, the samples and the extra fields of the last run.
 */
function interleave(cases, runs, { warmup = true, onRound } = {}) {
  const samples = cases.map(() => []);
  if (warmup) cases.forEach((c) => c.measure());
  for (let i = 0; i < runs; i++) {
    cases.forEach((c, k) => samples[k].push(c.measure()));
    if (onRound) onRound(i + 1, runs);
  }
  return cases.map((c, k) => ({
    name: c.name,
    ...c,
    samples: samples[k],
    ms: median(samples[k].map((s) => s.ms)),
    rssMb: median(samples[k].map((s) => s.rssMb)),
    last: samples[k][samples[k].length - 1],
  }));
}

/** The 1-minute load average, two decimals. */
function load() {
  return os.loadavg()[0].toFixed(2);
}

/** Header line naming the command, date, Node version, cores and load average. */
function header(command) {
  const line = `command: \`${command}\`; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; `
    + `node ${process.version}; ${os.cpus().length} cores; load average at start ${load()}`;
  console.log(line);
  return line;
}

/** Prints the load average at the end. */
function footer() {
  console.log(`load average at end ${load()}`);
}

/** Prints a Markdown table. */
function table(columns, rows) {
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`|${columns.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

/** A fresh directory under bench/.tmp (git-ignored). */
function tmpDir(name) {
  const dir = path.join(__dirname, '.tmp', `${name}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Progress on stderr (so stdout stays a clean table). */
function progress(message) {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

module.exports = { ROOT, arg, flag, median, run, runNode, interleave, load, header, footer, table, tmpDir, progress };
