/**
 * npm run bench: builds the site, measures build time and size, runs Lighthouse on the landing
 * page, one docs page, the deck and a lab page (when built) against a local preview server,
 * adds the simulator engine's figures (src/sim/bench.ts, when present), writes
 * bench/results/latest.{json,md} and exits 1 when a budget in bench/budgets.json is broken.
 * Not part of npm test: timings vary with the machine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium } from './chromium-path.mjs';
import { buildColdAndWarm } from './bench/build.mjs';
import { startPreview } from './bench/serve.mjs';
import { launchChrome, measurePage } from './bench/lighthouse.mjs';
import { checkBudgets } from './bench/budgets.mjs';
import { measureSimulator } from './bench/simulator.mjs';
import { markdownReport } from './bench/report.mjs';

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
const { buildSeconds, rebuildSeconds, distBytes } = buildColdAndWarm(env);
const server = await startPreview(env, port);
const chrome = await launchChrome(findChromium());
const pages = [];
let simulator;
try {
  for (const page of PAGES) {
    if (!existsSync(path.join(outDir, page.path, 'index.html'))) {
      if (page.optional) continue;
      throw new Error(`${page.path} was not built`);
    }
    const figures = await measurePage(chrome, `${server.url}${base}${page.path}`, { distDir: outDir, base });
    pages.push({ name: page.name, path: `/${page.path}`, ...figures });
    console.log(
      `${page.name}: perf ${figures.performance}, a11y ${figures.accessibility}, bp ${figures.bestPractices}, seo ${figures.seo}`,
    );
  }
  if (existsSync(path.join(outDir, 'lab', 'fcos', 'index.html'))) {
    simulator = await measureSimulator(findChromium(), { siteUrl: server.url, base, distDir: outDir });
    console.log(`simulator: ${simulator.jsFiles} JS files, ready after ${simulator.readyMsMedian} ms`);
  }
} finally {
  await chrome.kill();
  server.stop();
}

const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus().length} CPUs, ${os.platform()} ${os.arch()}, Lighthouse default (mobile, simulated throttling)`,
  loadAverage: { start: Number(loadAtStart.toFixed(2)), end: Number(os.loadavg()[0].toFixed(2)) },
  buildSeconds,
  rebuildSeconds,
  distBytes,
  pages,
  ...(simulator ? { simulator } : {}),
  ...(await engineFigures()),
};
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const broken = checkBudgets(results, budgets);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify({ ...results, broken }, null, 2) + '\n');
writeFileSync('bench/results/latest.md', markdownReport(results, broken, budgets.notes));
console.log(readFileSync('bench/results/latest.md', 'utf8'));
process.exit(broken.length ? 1 : 0);
