/**
 * Entry point of the `clawfleet` CLI (bundled to dist/cli/index.js, launched by bin/clawfleet.mjs).
 * The only place that touches the real process: it sets the exit code after output is written.
 */
import { runCli } from './cli.js';

// `self`: this Node with its flags (the tsx loader when run from the sources) and this entry script.
const self = process.argv[1] ? [process.execPath, ...process.execArgv, process.argv[1]] : undefined;
void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), ...(self ? { self } : {}) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`clawfleet: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
