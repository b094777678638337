import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './site.ts';

/** Every built HTML page, as a site path relative to the base. */
function builtPages(): string[] {
  const root = distDir;
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') out.push(path.relative(root, dir).split(path.sep).join('/') + (dir === root ? '' : '/'));
    }
  };
  walk(root);
  return out.filter((p) => !p.startsWith('pagefind')).sort();
}

test('no request leaves the site on any page', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.origin !== origin) outside.push(`${page.url()} -> ${req.url()}`);
  });
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(8);
  for (const p of pages) {
    await page.goto(p);
    await page.waitForLoadState('networkidle');
  }
  // The deck, then its speaker view, which loads the deck twice in iframes.
  await page.goto('slides/#/coreos');
  await page.waitForLoadState('networkidle');
  expect(outside).toEqual([]);
  expect(readFileSync(path.join(distDir, 'index.html'), 'utf8')).not.toMatch(/fonts\.googleapis|cdn\.jsdelivr|unpkg\.com/);
});
