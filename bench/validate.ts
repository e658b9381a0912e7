/**
 * bench/validate: the speed goals of validate-config (issue #2), printed as ratios against them.
 *
 *   tsx bench/validate.ts [--runs 10] [--files 1000] [--openclaw-sample 5] [--fresh-bundle] [--strict]
 *
 * (a) Cold start: the bundled action run as the runner runs it (`node dist/validate-config/index.js`
 *     with INPUT_* env and temp GITHUB_OUTPUT/GITHUB_STEP_SUMMARY) on one typical config; median wall
 *     time of --runs runs. Without dist/ (not built yet), or with --fresh-bundle (dist/ may be stale), it
 *     bundles src/actions/validate-config/main.ts with ncc into a temp folder first, the same way
 *     scripts/build.mjs does. Goal: < 300 ms.
 * (b) Batch: --files configs (copies of the corpus' realistic cases) through the fast engine
 *     (`validateFiles`, in process) versus `openclaw config validate` per file. OpenClaw takes seconds per
 *     file, so it runs on --openclaw-sample files and the per-file median is extrapolated (said so in the
 *     output). Goal: fast ≥ 1000× faster per file.
 * Numbers are wall-clock on whatever else the machine is doing; the load average is printed beside them.
 * --strict exits 1 when a goal is missed (for CI on a quiet machine); by default it only reports.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_DIR, readManifest } from '../scripts/corpus-lib.js';
import { runExactValidate } from '../src/validate/exact-engine.js';
import { schemaIssues } from '../src/validate/schema-engine.js';
import { validateFiles } from '../src/validate/validate.js';
import JSON5 from 'json5';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const num = (name: string, def: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const RUNS = num('--runs', 10);
const FILES = num('--files', 1000);
const OC_SAMPLE = num('--openclaw-sample', 5);
const STRICT = args.includes('--strict');
const FRESH = args.includes('--fresh-bundle');
const COLD_GOAL_MS = 300;
const RATIO_GOAL = 1000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number) => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);
const work = mkdtempSync(join(tmpdir(), 'clawfleet-bench-validate-'));

/** A typical config: gateway, agents, a provider, two channels, bindings (corpus base cases). */
const manifest = readManifest();
const realistic = manifest.cases.filter((c) => c.category === 'base');
const typical = realistic.find((c) => readFileSync(join(CORPUS_DIR, c.entry), 'utf8').includes('bindings')) ?? realistic[0]!;

/**
 * A preload that records the child's own CPU time (user + system) when it exits: unlike wall time, CPU
 * time barely moves when other processes compete for the cores.
 */
const CPU_PRELOAD = join(work, 'cpu-preload.mjs');
writeFileSync(
  CPU_PRELOAD,
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.cpuUsage(); writeFileSync(process.env.BENCH_CPU_FILE, String((u.user + u.system) / 1000)); });\n",
);

function timeChild(cmd: string, argv: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; cpuMs: number; code: number | null }> {
  const cpuFile = join(work, `cpu-${Math.random().toString(36).slice(2)}`);
  return new Promise((res, rej) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, ['--import', pathToFileURL(CPU_PRELOAD).href, ...argv], { env: { ...env, BENCH_CPU_FILE: cpuFile }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', rej);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0 && stderr) process.stderr.write(stderr);
      const cpuMs = existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8')) : Number.NaN;
      res({ ms, cpuMs, code });
    });
  });
}

async function coldStart(): Promise<{ median: number; cpu: number; nodeBaseline: number; nodeBaselineCpu: number; bundle: string }> {
  let bundle = join(root, 'dist', 'validate-config', 'index.js');
  let bundleNote = 'dist/validate-config/index.js';
  if (FRESH || !existsSync(bundle)) {
    const out = join(work, 'bundle');
    const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
    console.log(`cold start: ${FRESH ? '--fresh-bundle' : 'dist/validate-config/index.js is not built'}; bundling src/actions/validate-config/main.ts with ncc…`);
    const r = spawnSync(process.execPath, [ncc, 'build', join(root, 'src/actions/validate-config/main.ts'), '-o', out, '--quiet', '--target', 'es2023'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0) throw new Error('ncc build failed');
    writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
    bundle = join(out, 'index.js');
    bundleNote = 'temp ncc bundle of src/actions/validate-config/main.ts';
  }
  const ws = join(work, 'workspace');
  mkdirSync(ws, { recursive: true });
  writeFileSync(join(ws, 'openclaw.json'), readFileSync(join(CORPUS_DIR, typical.entry)));
  const times: number[] = [];
  const cpus: number[] = [];
  const base: number[] = [];
  const baseCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const runner = join(work, `run-${i}`);
    mkdirSync(runner, { recursive: true });
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      ...(typical.env ?? {}),
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: runner,
      GITHUB_OUTPUT: join(runner, 'output'),
      GITHUB_STEP_SUMMARY: join(runner, 'summary'),
      INPUT_FILES: 'openclaw.json',
      INPUT_ENGINE: 'fast',
      INPUT_MODE: 'fail',
      'INPUT_ENV-MODE': 'warn',
      'INPUT_OPENCLAW-VERSION': '',
      INPUT_LINT: '',
    };
    writeFileSync(env['GITHUB_OUTPUT']!, '');
    writeFileSync(env['GITHUB_STEP_SUMMARY']!, '');
    const r = await timeChild(process.execPath, [bundle], env);
    if (r.code !== 0) throw new Error(`the action exited ${r.code} on ${typical.id}`);
    const out = readFileSync(env['GITHUB_OUTPUT']!, 'utf8');
    if (!/valid<<[^\n]+\ntrue\n/.test(out)) throw new Error(`the action did not output valid=true for ${typical.id}:\n${out}`);
    times.push(r.ms);
    cpus.push(r.cpuMs);
    const b = await timeChild(process.execPath, ['-e', ''], { PATH: process.env['PATH'] });
    base.push(b.ms);
    baseCpu.push(b.cpuMs);
  }
  return { median: median(times), cpu: median(cpus), nodeBaseline: median(base), nodeBaselineCpu: median(baseCpu), bundle: bundleNote };
}

async function batch(): Promise<{ fastPerFile: number; fastTotal: number; schemaPerFile: number; openclawPerFile: number; sampled: number }> {
  const dir = join(work, 'batch');
  mkdirSync(dir, { recursive: true });
  const sources = realistic.map((c) => ({ text: readFileSync(join(CORPUS_DIR, c.entry), 'utf8'), env: c.env ?? {} }));
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'] };
  for (const s of sources) Object.assign(env, s.env);
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const f = join(dir, `config-${String(i).padStart(4, '0')}.json5`);
    writeFileSync(f, sources[i % sources.length]!.text);
    files.push(f);
  }
  // Warm the engine once (module load is part of the cold start above, not of per-file cost).
  await validateFiles([files[0]!], { engine: 'fast', env, cwd: dir });
  const t0 = process.hrtime.bigint();
  const report = await validateFiles(files, { engine: 'fast', env, cwd: dir });
  const fastTotal = Number(process.hrtime.bigint() - t0) / 1e6;
  const invalid = report.files.filter((f) => !f.valid).length;
  if (invalid > 0) console.log(`batch: note: ${invalid} of the ${FILES} realistic configs are invalid (reported, still timed)`);
  // The compiled schema alone, on already-parsed configs (the part src/schema/ is responsible for).
  const parsed = sources.map((s) => JSON5.parse(s.text) as unknown);
  for (const p of parsed) schemaIssues(p);
  const ts = process.hrtime.bigint();
  for (let i = 0; i < FILES; i++) schemaIssues(parsed[i % parsed.length]);
  const schemaPerFile = Number(process.hrtime.bigint() - ts) / 1e6 / FILES;
  const per: number[] = [];
  for (const f of files.slice(0, OC_SAMPLE)) {
    const t = process.hrtime.bigint();
    await runExactValidate(f, { env, cwd: dir });
    per.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { fastPerFile: fastTotal / FILES, fastTotal, schemaPerFile, openclawPerFile: median(per), sampled: per.length };
}

const load = loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`bench/validate — Node ${process.versions.node}, load average ${load}, ${RUNS} cold runs, ${FILES} files`);
const cold = await coldStart();
const b = await batch();
const ratio = b.openclawPerFile / b.fastPerFile;
const coldOk = cold.median < COLD_GOAL_MS;
const ratioOk = ratio >= RATIO_GOAL;
console.log('');
console.log(`(a) cold start of the action on one config (${typical.id}), ${cold.bundle}`);
console.log(`    median ${fmt(cold.median)} wall over ${RUNS} runs (bare \`node -e ""\`: ${fmt(cold.nodeBaseline)})`);
console.log(`    median ${fmt(cold.cpu)} CPU (user+sys) in the action process (bare node: ${fmt(cold.nodeBaselineCpu)}) — the figure to trust on a busy machine`);
console.log(`    goal < ${COLD_GOAL_MS} ms wall → ${(COLD_GOAL_MS / cold.median).toFixed(2)}× the budget ${coldOk ? 'MET' : 'MISSED'}${!coldOk && cold.cpu < COLD_GOAL_MS ? ` (CPU ${fmt(cold.cpu)} is within it: the machine was busy)` : ''}`);
console.log(`(b) ${FILES}-file batch`);
console.log(`    fast engine: ${fmt(b.fastTotal)} total, ${fmt(b.fastPerFile)} per file (load + includes + env + schema + rules + lint + source map)`);
console.log(`    of which the compiled schema (schemaIssues on a parsed config): ${fmt(b.schemaPerFile)} per file`);
console.log(`    openclaw config validate: ${fmt(b.openclawPerFile)} per file (median of ${b.sampled} runs; ${FILES} files extrapolated ≈ ${(b.openclawPerFile * FILES / 1000 / 60).toFixed(1)} min)`);
console.log(`    ratio ${ratio.toFixed(0)}× faster per file; goal ≥ ${RATIO_GOAL}× → ${ratioOk ? 'MET' : 'MISSED'}`);
if (STRICT && !(coldOk && ratioOk)) process.exitCode = 1;
