/**
 * Every page is listed: the sitemap lists every built page (and nothing else), the docs sidebar
 * reaches every docs page written in content/, and no page is an orphan: each can be reached by
 * following links from the landing page.
 */
import { test, expect } from './fixtures.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHtmlFile } from '../../scripts/html-dom.mjs';
import { builtPages } from './pages.ts';
import { distDir, base } from './site.ts';

/** The site path (relative to the base) an href points at, or null when it leaves the site. */
function sitePathOf(href: string, fromPage: string, publicRoot: string | null): string | null {
  const SITE = 'http://site.invalid';
  const ref = publicRoot && href.startsWith(publicRoot) ? base + href.slice(publicRoot.length) : href;
  const url = new URL(ref, `${SITE}${base}${fromPage}`);
  if (url.origin !== SITE || !url.pathname.startsWith(base)) return null;
  return decodeURIComponent(url.pathname.slice(base.length));
}

/** The public address of the site root, as the build wrote it (the landing page's canonical link). */
const publicRoot = (() => {
  const href = parseHtmlFile(path.join(distDir, 'index.html'))
    .querySelector('link[rel="canonical"]')
    ?.getAttributeValue('href');
  return href ? String(href) : null;
})();

/** Docs pages as written: one per Markdown/MDX file in content/ (index -> the landing page). */
function contentPages(dir = 'content', prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...contentPages(full, `${prefix}${name}/`));
    else if (/^[^_].*\.mdx?$/.test(name)) {
      const slug = name.replace(/\.mdx?$/, '');
      out.push(slug === 'index' ? prefix : `${prefix}${slug}/`);
    }
  }
  return out;
}

const isNoindex = (page: string) =>
  /noindex/i.test(
    String(
      parseHtmlFile(path.join(distDir, page, 'index.html'))
        .querySelector('meta[name="robots"]')
        ?.getAttributeValue('content') ?? '',
    ),
  );

test.describe('every page is listed', { tag: '@base' }, () => {
  test('the sitemap lists every built page, and only built pages', () => {
    const index = readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = new Set<string>();
    for (const loc of sitemaps) {
      const file = sitePathOf(loc, '', publicRoot);
      expect(file, `${loc} is on this site`).not.toBeNull();
      const xml = readFileSync(path.join(distDir, file!), 'utf8');
      for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        const page = sitePathOf(m[1], '', publicRoot);
        expect(page, `${m[1]} is on this site`).not.toBeNull();
        listed.add(page!);
      }
    }
    for (const page of listed)
      expect(existsSync(path.join(distDir, page, 'index.html')), `sitemap entry ${page} is built`).toBe(true);
    const expected = builtPages().filter((p) => !isNoindex(p));
    expect(
      expected.filter((p) => !listed.has(p)),
      'built pages missing from the sitemap',
    ).toEqual([]);
    // Pages marked noindex (the simulator embeds, made for iframes on other sites) may be listed:
    // Starlight's built-in sitemap has no filter option. Known, in the quality report.
  });

  test('the docs sidebar reaches every docs page, the site title the landing page', () => {
    const docs = contentPages();
    expect(docs.length).toBeGreaterThan(3);
    const built = builtPages();
    expect(
      docs.filter((p) => !built.includes(p)),
      'content pages that were not built',
    ).toEqual([]);
    let pagesWithSidebar = 0;
    for (const page of docs) {
      const doc = parseHtmlFile(path.join(distDir, page, 'index.html'));
      const title = doc.querySelector('a.site-title')?.getAttributeValue('href');
      expect(
        title && sitePathOf(String(title), page, publicRoot),
        `site title links the landing page on /${page}`,
      ).toBe('');
      // The landing page is a splash page without a sidebar.
      if (!doc.querySelector('#starlight__sidebar')) continue;
      pagesWithSidebar++;
      const sidebar = doc
        .querySelectorAll('#starlight__sidebar a[href]')
        .map((a) => sitePathOf(String(a.getAttributeValue('href')), page, publicRoot));
      expect(
        docs.filter((p) => p !== '' && !sidebar.includes(p)),
        `docs pages missing from the sidebar on /${page}`,
      ).toEqual([]);
    }
    expect(pagesWithSidebar).toBeGreaterThan(3);
  });

  test('no orphan page: every built page can be reached by links from the landing page', () => {
    const pages = builtPages();
    const seen = new Set<string>(['']);
    const queue = [''];
    while (queue.length) {
      const page = queue.shift()!;
      const file = path.join(distDir, page, 'index.html');
      if (!existsSync(file)) continue;
      for (const a of parseHtmlFile(file).querySelectorAll('a[href], iframe[src]')) {
        const target = sitePathOf(
          String(a.getAttributeValue(a.tagName === 'iframe' ? 'src' : 'href')),
          page,
          publicRoot,
        );
        if (target === null || seen.has(target) || !pages.includes(target)) continue;
        seen.add(target);
        queue.push(target);
      }
    }
    // noindex pages (the simulator embeds) are made to be framed by other sites, not visited here.
    expect(pages.filter((p) => !seen.has(p) && !isNoindex(p))).toEqual([]);
  });
});
