import { test, expect } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './site.ts';
import { builtPages, builtHtmlFiles, DECK_PAGE } from './pages.ts';
import { openSearch } from './search.ts';

test('no request leaves the site on any page, nor from search or the speaker view', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  // On the context, so popups (the speaker view) and their iframes are watched too.
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.origin !== origin) outside.push(`${req.frame()?.url() ?? '?'} -> ${req.url()}`);
  });
  const pages = [...builtPages(), ...builtHtmlFiles().filter((f) => !f.endsWith('index.html'))];
  expect(pages.length).toBeGreaterThan(8);
  for (const p of pages) {
    await page.goto(p);
    await page.waitForLoadState('networkidle');
  }
  // Search loads Pagefind (script, WebAssembly, index) only when used.
  await page.goto('');
  await openSearch(page).then((input) => input.fill('CoreOS'));
  await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
  // The deck, then its speaker view, which loads the deck twice in iframes.
  await page.goto(`${DECK_PAGE}#/coreos`);
  await page.waitForFunction(() => (window as any).deck?.isReady());
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker.locator('#current-slide iframe')).toBeAttached();
  await speaker.waitForLoadState('networkidle');
  expect(outside).toEqual([]);
  expect(readFileSync(path.join(distDir, 'index.html'), 'utf8')).not.toMatch(
    /fonts\.googleapis|cdn\.jsdelivr|unpkg\.com/,
  );
});
