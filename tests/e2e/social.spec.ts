/**
 * Every page a reader can share has the metadata chat apps and search engines read, and its card
 * image exists as a 1200x630 PNG in the build. Reads the built files; no browser needed.
 */
import { test, expect } from './fixtures.ts';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { builtHtmlFiles } from './pages.ts';
import { base, distDir } from './site.ts';

function meta(html: string, key: string): string | undefined {
  const m =
    html.match(new RegExp(`<meta[^>]*(?:property|name)="${key}"[^>]*content="([^"]*)"`)) ??
    html.match(new RegExp(`<meta[^>]*content="([^"]*)"[^>]*(?:property|name)="${key}"`));
  return m?.[1];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('every shareable page has title, description, canonical URL, Open Graph and Twitter tags and a card image', {
  tag: '@base',
}, () => {
  const files = builtHtmlFiles();
  expect(files.length).toBeGreaterThan(10);
  const checked: string[] = [];
  for (const file of files) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    // Embeds are framed by other sites and ask not to be indexed; they are not shared on their own.
    if (/<meta name="robots" content="noindex/.test(html)) continue;
    checked.push(file);
    expect(html, `${file}: <title>`).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(meta(html, 'description'), `${file}: description`).toBeTruthy();
    expect(html, `${file}: canonical`).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:image']) {
      expect(meta(html, key), `${file}: ${key}`).toBeTruthy();
    }
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const image = new URL(meta(html, 'og:image')!);
    expect(image.pathname.startsWith(base), `${file}: card under the base path`).toBe(true);
    const imageFile = path.join(distDir, image.pathname.slice(base.length));
    expect(existsSync(imageFile), `${file}: card ${image.pathname} is built`).toBe(true);
    expect(pngSize(imageFile)).toEqual({ width: 1200, height: 630 });
  }
  for (const page of [
    'index.html',
    'coreos/index.html',
    'slides/index.html',
    'lab/fcos/index.html',
    'glossary/index.html',
  ]) {
    expect(checked).toContain(page);
  }
});
