/**
 * Lighthouse on one page (the npm lighthouse package, the tests' Chromium, headless), and the
 * figures the budgets talk about. JavaScript is counted from the built files the page loaded
 * before any interaction, plus its inline scripts: raw and gzip (what a static host serves).
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

export async function launchChrome(chromePath) {
  return chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Raw and gzip bytes of the JavaScript a page ran before interaction. */
function jsBytes(lhr, distDir, base) {
  let raw = 0,
    gzip = 0;
  const files = [];
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  for (const r of requests) {
    if (r.resourceType !== 'Script') continue;
    const url = new URL(r.url);
    const file = path.join(distDir, decodeURIComponent(url.pathname).slice(base.length));
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    raw += body.length;
    const gz = gzipSync(body, { level: 9 }).length;
    gzip += gz;
    files.push({ file: url.pathname, gzipBytes: gz });
  }
  const html = readFileSync(
    path.join(distDir, new URL(lhr.finalDisplayedUrl).pathname.slice(base.length), 'index.html'),
    'utf8',
  );
  for (const m of html.matchAll(
    /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    raw += Buffer.byteLength(m[1]);
    const gz = gzipSync(m[1], { level: 9 }).length;
    gzip += gz;
    files.push({ file: 'inline', gzipBytes: gz });
  }
  return { jsBytes: raw, jsGzipBytes: gzip, jsFiles: files };
}

export async function measurePage(chrome, url, { distDir, base }) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const num = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(num('largest-contentful-paint')),
    tbtMs: Math.round(num('total-blocking-time')),
    cls: Math.round(num('cumulative-layout-shift') * 1000) / 1000,
    totalBytes: num('total-byte-weight'),
    ...jsBytes(lhr, distDir, base),
    consoleErrors: (lhr.audits['errors-in-console']?.details?.items ?? []).map((i) => `${i.source}: ${i.description}`),
    issues: (lhr.audits['inspector-issues']?.details?.items ?? []).map((i) => i.issueType),
    failing: Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => a.id),
  };
}
