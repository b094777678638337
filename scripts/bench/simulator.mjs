/**
 * The simulator's cost on a lab page: how much JavaScript it adds (the scripts the lab page loads
 * that a docs page without a simulator does not), and how long after navigation the terminal
 * accepts input (the `data-ready` stamp that src/components/sim/live.ts sets, median of 5 loads),
 * unthrottled and with the CPU slowed down 4x (Chromium's Emulation.setCPUThrottlingRate, as
 * Lighthouse's mobile profile and issue 14's figure do; the network stays local and unthrottled).
 * Run alone against a built site: `node scripts/bench/simulator.mjs <dist dir>` (see main() below).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

/** The CPU slow-down the ready time is measured at besides 1x (issue 14's figure). */
export const CPU_THROTTLE = 4;

async function scriptsOf(browser, url, waitForSimulator, cpuRate = 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (cpuRate !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  }
  const scripts = new Set();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(url);
  let readyMs;
  if (waitForSimulator) {
    const machine = page.locator('sim-machine[data-ready]').first();
    await machine.waitFor({ timeout: 30_000 });
    readyMs = Number(await machine.getAttribute('data-ready'));
  } else {
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  return { scripts, readyMs };
}

export async function measureSimulator(
  executablePath,
  { siteUrl, base, distDir, labPath = 'lab/fcos/', plainPath = 'introduction/' },
) {
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const plain = await scriptsOf(browser, `${siteUrl}${base}${plainPath}`, false);
    const runs = [];
    const throttledRuns = [];
    let labScripts = new Set();
    // The two rates take turns, so both see the same swings of a shared machine's load.
    for (let i = 0; i < 5; i++) {
      const run = await scriptsOf(browser, `${siteUrl}${base}${labPath}`, true);
      runs.push(run.readyMs);
      labScripts = run.scripts;
      throttledRuns.push((await scriptsOf(browser, `${siteUrl}${base}${labPath}`, true, CPU_THROTTLE)).readyMs);
    }
    const own = [...labScripts].filter((p) => !plain.scripts.has(p));
    let raw = 0;
    let gzip = 0;
    const files = [];
    for (const urlPath of own) {
      const body = readFileSync(path.join(distDir, urlPath.slice(base.length)));
      raw += body.length;
      gzip += gzipSync(body).length;
      files.push({ name: path.basename(urlPath), gzip: gzipSync(body).length });
    }
    runs.sort((a, b) => a - b);
    throttledRuns.sort((a, b) => a - b);
    // The engine: the system's own chunk (named after src/sim/systems/fcos.ts) and the chunks it imports.
    const engineFiles = new Set();
    const addChunk = (name) => {
      if (engineFiles.has(name)) return;
      engineFiles.add(name);
      const text = readFileSync(path.join(distDir, '_astro', name), 'utf8');
      for (const m of text.matchAll(/from\s*"\.\/([\w.-]+\.js)"/g)) addChunk(m[1]);
    };
    const systemChunk = files.find((f) => /^fcos\.[\w-]+\.js$/.test(f.name));
    if (systemChunk) addChunk(systemChunk.name);
    return {
      engineFiles: [...engineFiles],
      engineGzipBytes: files.filter((f) => engineFiles.has(f.name)).reduce((sum, f) => sum + f.gzip, 0),
      labPath: `/${labPath}`,
      readyMsMedian: runs[Math.floor(runs.length / 2)],
      readyMsRuns: runs,
      cpuThrottle: CPU_THROTTLE,
      readyMsThrottledMedian: throttledRuns[Math.floor(throttledRuns.length / 2)],
      readyMsThrottledRuns: throttledRuns,
      jsFiles: own.length,
      jsBytes: raw,
      jsGzipBytes: gzip,
      files,
    };
  } finally {
    await browser.close();
  }
}

/**
 * `node scripts/bench/simulator.mjs <dist dir> [port]`: this target alone, against a site already
 * built (e.g. `OUT_DIR=/tmp/x npx astro build`), with the machine's load; prints the figures as JSON.
 */
async function main() {
  const { findChromium } = await import('../chromium-path.mjs');
  const { startPreview } = await import('./serve.mjs');
  const os = await import('node:os');
  const distDir = path.resolve(process.argv[2] || 'dist');
  const port = Number(process.argv[3] || process.env.BENCH_PORT || 4399);
  const env = { ...process.env, OUT_DIR: distDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const base = (env.BASE_PATH || '/').replace(/\/?$/, '/');
  const loadBefore = os.loadavg()[0];
  const server = await startPreview(env, port);
  try {
    const figures = await measureSimulator(findChromium(), { siteUrl: server.url, base, distDir });
    const { files, ...rest } = figures;
    console.log(JSON.stringify({ loadAverage: [loadBefore, os.loadavg()[0]], ...rest }, null, 2));
  } finally {
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
