// `npm test`: every suite, in order, each run even when an earlier one failed, then one summary.
// Suites: lint (Biome, astro check), unit and fixture builds (vitest), then the site built and
// tested in Chromium at / and again under a base path. A browser is found or installed first
// (scripts/ensure-chromium.mjs); without one the browser suites fail with that reason.
// Options: `npm test -- --only=unit,e2e` runs the named suites (lint, unit, e2e, e2e-base).
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const BASE_PATH = '/immutable-linux/';
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

/** One suite: its name and the commands it runs, in order (a failing command ends the suite). */
const SUITES = [
  { name: 'lint', steps: [['npm', 'run', 'lint']] },
  { name: 'unit', steps: [['npx', 'vitest', 'run']] },
  {
    name: 'e2e',
    needsBrowser: true,
    env: { OUT_DIR: 'dist' },
    steps: [
      ['npm', 'run', 'build'],
      ['npx', 'playwright', 'test'],
    ],
  },
  {
    name: 'e2e-base',
    needsBrowser: true,
    // Its own output folder, so both builds stay inspectable after a run. A repository address, so
    // the pages' edit and report links are tested here (the run at / tests the site without them).
    env: { BASE_PATH, OUT_DIR: 'dist-base', REPO_URL: 'https://github.com/example/immutable-linux' },
    steps: [
      ['npm', 'run', 'build'],
      ['npx', 'playwright', 'test'],
    ],
  },
];

const run = (argv, env = {}) =>
  spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const results = [];
let browser;
for (const suite of SUITES) {
  if (only && !only.includes(suite.name)) continue;
  const started = performance.now();
  console.log(`\n=== ${suite.name} ===`);
  let failure;
  if (suite.needsBrowser) {
    browser ??= run(['node', 'scripts/ensure-chromium.mjs']) === 0 ? 'ok' : 'missing';
    if (browser === 'missing') failure = 'no browser (see above)';
  }
  for (const step of suite.steps) {
    if (failure) break;
    if (run(step, suite.env) !== 0) failure = `\`${step.join(' ')}\` failed`;
  }
  const seconds = Math.round((performance.now() - started) / 1000);
  results.push({ name: suite.name, failure, seconds });
}

console.log('\n=== summary ===');
for (const { name, failure, seconds } of results)
  console.log(
    `${failure ? 'FAIL' : 'ok  '}  ${name.padEnd(9)} ${String(seconds).padStart(4)} s${failure ? `  ${failure}` : ''}`,
  );
const failed = results.filter((r) => r.failure).length;
// The plain closing line CI reads: suites, not single tests (each runner printed its own counts above).
console.log(`suites: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
