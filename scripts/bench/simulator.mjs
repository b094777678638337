/**
 * The simulator's cost on a lab page: how much JavaScript it adds (the scripts the lab page loads
 * that a docs page without a simulator does not), and how long after navigation the terminal
 * accepts input (the `data-ready` stamp that src/components/sim/boot.ts sets, median of 5 loads).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

async function scriptsOf(browser, url, waitForSimulator) {
  const context = await browser.newContext();
  const page = await context.newPage();
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
    let labScripts = new Set();
    for (let i = 0; i < 5; i++) {
      const run = await scriptsOf(browser, `${siteUrl}${base}${labPath}`, true);
      runs.push(run.readyMs);
      labScripts = run.scripts;
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
      jsFiles: own.length,
      jsBytes: raw,
      jsGzipBytes: gzip,
      files,
    };
  } finally {
    await browser.close();
  }
}
