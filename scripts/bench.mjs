/**
 * npm run bench: builds the site, measures build time and size, runs Lighthouse on the landing
 * page, one docs page, the deck and a lab page (when built) against a local preview server,
 * adds the simulator engine's figures (src/sim/bench.ts, when present), writes
 * bench/results/latest.{json,md} and exits 1 when a budget in bench/budgets.json is broken.
 * Each build time and Lighthouse figure is the median of BENCH_RUNS runs (default 3). A second
 * target builds the talk with its content doubled (scripts/bench/doubled-content.mjs) and reports
 * how the deck's weight, TBT and the build time grow.
 * Not part of npm test: timings vary with the machine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium } from './chromium-path.mjs';
import { buildColdAndWarm } from './bench/build.mjs';
import { median, medianOfRuns } from './bench/median.mjs';
import { writeDoubledContent } from './bench/doubled-content.mjs';
import { startPreview } from './bench/serve.mjs';
import { launchChrome, measurePage } from './bench/lighthouse.mjs';
import { checkBudgets } from './bench/budgets.mjs';
import { measureSimulator } from './bench/simulator.mjs';
import { markdownReport } from './bench/report.mjs';
import { compareMarp, compareStarlight } from './bench/peers.mjs';

const outDir = path.resolve(process.env.BENCH_OUT_DIR || path.join(os.tmpdir(), 'immutable-linux-bench-dist'));
const env = {
  ...process.env,
  OUT_DIR: outDir,
  ASTRO_CACHE_DIR: process.env.BENCH_CACHE_DIR || `${outDir}-cache`,
  BUILD_CACHE_DIR: `${outDir}-build-cache`,
  ASTRO_TELEMETRY_DISABLED: '1',
};
const base = (env.BASE_PATH || '/').replace(/\/?$/, '/');
const port = Number(process.env.BENCH_PORT || 4399);
const runs = Math.max(1, Number(process.env.BENCH_RUNS || 3));

const PAGES = [
  { name: 'landing', path: '' },
  { name: 'docs', path: 'coreos/' },
  { name: 'deck', path: 'slides/' },
  { name: 'lab', path: 'lab/fcos/', optional: true },
];

async function engineFigures() {
  const file = path.resolve('src/sim/bench.ts');
  if (!existsSync(file)) return { engineNote: 'skipped: src/sim/bench.ts does not exist yet' };
  const mod = await import(pathToFileURL(file).href);
  if (typeof mod.benchEngine !== 'function')
    return { engineNote: 'skipped: src/sim/bench.ts exports no benchEngine()' };
  return { engine: await mod.benchEngine() };
}

// The machine is often shared: its load average (1 min) at the start and the end goes in the report.
const loadAtStart = os.loadavg()[0];
// …and every 10 s during it, since 2 cores shared with other work swing a lot within one run.
const loadSamples = [loadAtStart];
const sampler = setInterval(() => loadSamples.push(os.loadavg()[0]), 10_000);
sampler.unref();
/**
 * Builds each target `runs` times, the targets taking turns (each build a cold one, then a rebuild
 * with nothing changed); for each target the medians and every run.
 */
function buildRuns(targets) {
  const all = targets.map(() => []);
  for (let i = 0; i < runs; i++) targets.forEach((target, t) => all[t].push(buildColdAndWarm(target)));
  return all.map((list) => ({
    buildSeconds: median(list.map((b) => b.buildSeconds)),
    rebuildSeconds: median(list.map((b) => b.rebuildSeconds)),
    buildRuns: list.map((b) => b.buildSeconds),
    rebuildRuns: list.map((b) => b.rebuildSeconds),
    distBytes: list.at(-1).distBytes,
  }));
}

/** Lighthouse on each page that was built, `runs` times, in the order of `list`; the medians. */
async function lighthouseRuns(chrome, server, distDir, list) {
  const measured = [];
  for (const page of list) {
    if (!existsSync(path.join(distDir, page.path, 'index.html'))) {
      if (page.optional) continue;
      throw new Error(`${page.path} was not built`);
    }
    const all = [];
    for (let i = 0; i < runs; i++)
      all.push(await measurePage(chrome, `${server.url}${base}${page.path}`, { distDir, base }));
    const figures = medianOfRuns(all);
    measured.push({ name: page.name, path: `/${page.path}`, ...figures });
    console.log(
      `${page.name}: perf ${all.map((r) => r.performance).join('/')}, TBT ${all.map((r) => r.tbtMs).join('/')}`,
    );
  }
  return measured;
}

// The second target: the same site with the talk's content doubled (BENCH_DOUBLED=0 skips it). Its
// builds alternate with the talk's, so that both see the same swings of a shared machine's load.
const doubledOut = `${outDir}-doubled`;
const doubledEnv =
  process.env.BENCH_DOUBLED === '0'
    ? undefined
    : {
        ...env,
        CONTENT_DIR: `${outDir}-doubled-content`,
        OUT_DIR: doubledOut,
        ASTRO_CACHE_DIR: `${doubledOut}-cache`,
        BUILD_CACHE_DIR: `${doubledOut}-build-cache`,
      };
const doubledPages =
  doubledEnv &&
  writeDoubledContent(path.resolve(process.env.CONTENT_DIR || 'content'), doubledEnv.CONTENT_DIR, process.cwd());
const [build, doubledBuild] = buildRuns([env, doubledEnv].filter(Boolean));
const server = await startPreview(env, port);
const chrome = await launchChrome(findChromium());
let pages = [];
let simulator;
try {
  pages = await lighthouseRuns(chrome, server, outDir, PAGES);
  if (existsSync(path.join(outDir, 'lab', 'fcos', 'index.html'))) {
    simulator = await measureSimulator(findChromium(), { siteUrl: server.url, base, distDir: outDir });
    console.log(`simulator: ${simulator.jsFiles} JS files, ready after ${simulator.readyMsMedian} ms`);
  }
} finally {
  await chrome.kill();
  server.stop();
}

let doubled;
if (doubledEnv) {
  const doubledServer = await startPreview(doubledEnv, port + 1);
  const doubledChrome = await launchChrome(findChromium());
  try {
    const [deck] = await lighthouseRuns(doubledChrome, doubledServer, doubledOut, [
      PAGES.find((p) => p.name === 'deck'),
    ]);
    doubled = { pagesDoubled: doubledPages, ...doubledBuild, deck };
  } finally {
    await doubledChrome.kill();
    doubledServer.stop();
  }
}

// The peers (scripts/bench/peers.mjs): Marp's PDF export against our PDF step on the build above
// (BENCH_MARP=0 skips it), and a Starlight-only build of the talk against ours (BENCH_STARLIGHT=0).
const peers = {};
if (process.env.BENCH_MARP !== '0')
  peers.marp = compareMarp({
    env,
    projectRoot: process.cwd(),
    workDir: `${outDir}-marp`,
    runs,
    browser: findChromium(),
  });
if (process.env.BENCH_STARLIGHT !== '0')
  peers.starlight = compareStarlight({ env, projectRoot: process.cwd(), workDir: `${outDir}-starlight`, runs });

const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus().length} CPUs, ${os.platform()} ${os.arch()}, Lighthouse default (mobile, simulated throttling)`,
  loadAverage: {
    start: Number(loadAtStart.toFixed(2)),
    end: Number(os.loadavg()[0].toFixed(2)),
    min: Number(Math.min(...loadSamples).toFixed(2)),
    median: Number(median(loadSamples).toFixed(2)),
    max: Number(Math.max(...loadSamples).toFixed(2)),
  },
  runs,
  ...build,
  pages,
  ...(doubled ? { doubled } : {}),
  ...(simulator ? { simulator } : {}),
  ...(Object.keys(peers).length ? { peers } : {}),
  ...(await engineFigures()),
};
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const broken = checkBudgets(results, budgets);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify({ ...results, broken }, null, 2) + '\n');
writeFileSync('bench/results/latest.md', markdownReport(results, broken, budgets.notes));
console.log(readFileSync('bench/results/latest.md', 'utf8'));
process.exit(broken.length ? 1 : 0);
