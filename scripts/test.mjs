// `npm test`: every suite, each run even when another failed, then one summary.
// Suites: lint (Biome, the engine's types, knip, astro check), unit and fixture builds (vitest),
// then the site built and tested in Chromium at / and again under a base path. A browser is found
// or installed first (scripts/ensure-chromium.mjs); without one the browser suites fail with that
// reason.
//
// The suites run side by side, not one after another: on a 2-core machine each of them leaves
// cores idle at times (npm and Astro start-up, a build's single-threaded phases, the end of a
// Playwright run), and beside other work more processes of ours get a larger share of the CPU.
// Steps that write the project's `.astro/` folder (`astro build`, `astro check`) take turns, so
// they never read each other's half-written files; everything else shares nothing (the e2e runs
// have their own output folders, ports and result folders, the fixture builds their own copies).
// With more than one suite, each suite's output goes to test-results/logs/<suite>.log and is
// printed whole when the suite ends, so the suites' lines never interleave.
//
// Options: `npm test -- --only=unit,e2e` runs the named suites (lint, unit, e2e, e2e-base).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const BASE_PATH = '/immutable-linux/';
const LOG_DIR = path.join('test-results', 'logs');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

/**
 * One suite: its name and the commands it runs, in order. A failing command ends the suite unless it
 * is `keepGoing` (its steps do not depend on each other).
 * A step marked `astro` writes the project's .astro/ folder and waits for the others that do.
 */
const SUITES = [
  {
    name: 'lint',
    // Four independent checkers: each runs, so one run reports every kind of error.
    keepGoing: true,
    steps: [
      { argv: ['npx', 'biome', 'check', '.', '--diagnostic-level=error'] },
      { argv: ['npx', 'tsc', '-p', 'src/sim/tsconfig.json'] },
      { argv: ['npx', 'knip'] },
      { argv: ['npx', 'astro', 'check'], astro: true },
    ],
  },
  { name: 'unit', steps: [{ argv: ['npx', 'vitest', 'run'] }] },
  {
    name: 'e2e',
    needsBrowser: true,
    env: { OUT_DIR: 'dist' },
    steps: [{ argv: ['npm', 'run', 'build'], astro: true }, { argv: ['npx', 'playwright', 'test'] }],
  },
  {
    name: 'e2e-base',
    needsBrowser: true,
    // Its own output folder, so both builds stay inspectable after a run. A repository address, so
    // the pages' edit and report links are tested here (the run at / tests the site without them).
    env: { BASE_PATH, OUT_DIR: 'dist-base', REPO_URL: 'https://github.com/example/immutable-linux' },
    steps: [{ argv: ['npm', 'run', 'build'], astro: true }, { argv: ['npx', 'playwright', 'test'] }],
  },
].filter((suite) => !only || only.includes(suite.name));

/** Steps that write .astro/ run one at a time, in the order they asked: resolves to the release. */
let astroQueue = Promise.resolve();
function takeAstroTurn() {
  let release;
  const done = new Promise((resolve) => (release = resolve));
  const turn = astroQueue.then(() => release);
  astroQueue = astroQueue.then(() => done);
  return turn;
}

/** Runs a command to the end; its output goes to `out` (a file stream) or to this terminal. */
function run(argv, env, out) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), {
      stdio: out ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    if (out) {
      out.write(`\n$ ${argv.join(' ')}\n`);
      child.stdout.pipe(out, { end: false });
      child.stderr.pipe(out, { end: false });
    }
    child.on('error', (error) => {
      out?.write(`${error.message}\n`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const t0 = performance.now();
const clock = () => `${String(Math.round((performance.now() - t0) / 1000)).padStart(4)} s`;

let browser = 'ok';
if (SUITES.some((s) => s.needsBrowser) || SUITES.some((s) => s.name === 'unit')) {
  // Before any suite: the unit suite's PDF fixture builds need the browser too.
  browser = spawnSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' }).status === 0 ? 'ok' : 'missing';
}

const alone = SUITES.length === 1;
if (!alone) {
  mkdirSync(LOG_DIR, { recursive: true });
  console.log(`Running ${SUITES.map((s) => s.name).join(', ')} side by side; each one's output follows when it ends.`);
}

// The e2e runs side by side share the machine's workers (see playwright.config.ts): one per core each.
const e2eRuns = SUITES.filter((s) => s.needsBrowser).length;
const e2eWorkers = process.env.E2E_WORKERS || String(Math.max(1, Math.floor((2 * availableParallelism()) / e2eRuns)));

async function runSuite(suite) {
  const started = performance.now();
  const logFile = path.join(LOG_DIR, `${suite.name}.log`);
  const out = alone ? undefined : createWriteStream(logFile);
  if (alone) console.log(`\n=== ${suite.name} ===`);
  let failure;
  if (suite.needsBrowser && browser === 'missing') failure = 'no browser (see above)';
  for (const step of suite.steps) {
    if (failure && !suite.keepGoing) break;
    const release = step.astro ? await takeAstroTurn() : undefined;
    const env = suite.needsBrowser ? { E2E_WORKERS: e2eWorkers, ...suite.env } : suite.env;
    const status = await run(step.argv, env, out);
    release?.();
    if (status !== 0) failure = [failure, `\`${step.argv.join(' ')}\` failed`].filter(Boolean).join(', ');
    // A line of progress per step, while the suites' own output waits in their logs.
    if (out) console.log(`${clock()}  ${suite.name}: ${step.argv.slice(0, 3).join(' ')} ${status ? 'FAILED' : 'ok'}`);
  }
  const seconds = Math.round((performance.now() - started) / 1000);
  if (out) {
    await new Promise((resolve) => out.end(resolve));
    console.log(`\n=== ${suite.name} (${failure ? 'FAILED' : 'passed'}, ended at ${clock().trim()}) ===`);
    process.stdout.write(readFileSync(logFile, 'utf8'));
  }
  return { name: suite.name, failure, seconds };
}

const results = await Promise.all(SUITES.map(runSuite));

console.log(`\n=== summary (${clock().trim()} in all) ===`);
for (const { name, failure, seconds } of results)
  console.log(
    `${failure ? 'FAIL' : 'ok  '}  ${name.padEnd(9)} ${String(seconds).padStart(4)} s${failure ? `  ${failure}` : ''}`,
  );
const failed = results.filter((r) => r.failure).length;
// The plain closing line CI reads: suites, not single tests (each runner printed its own counts above).
console.log(`suites: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
