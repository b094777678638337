import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileForRequest, mediaTypeOf, serveBuild } from '../../../scripts/static-server.mjs';

let outDir: string;
beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  mkdirSync(path.join(outDir, 'slides'));
  mkdirSync(path.join(outDir, '_astro'));
  writeFileSync(path.join(outDir, 'index.html'), '<h1>home</h1>');
  writeFileSync(path.join(outDir, 'slides', 'index.html'), '<h1>deck</h1>');
  writeFileSync(path.join(outDir, '_astro', 'start.B3Z4.js'), 'export {};');
  writeFileSync(path.join(outDir, 'a b.svg'), '<svg/>');
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('mediaTypeOf: the type a built file is sent with', () => {
  it('gives module scripts, styles, fonts and images the types browsers require', () => {
    expect(mediaTypeOf('dist/_astro/start.B3Z4.js')).toBe('text/javascript; charset=utf-8');
    expect(mediaTypeOf('dist/_astro/index.css')).toBe('text/css; charset=utf-8');
    expect(mediaTypeOf('dist/_astro/atkinson.woff2')).toBe('font/woff2');
    expect(mediaTypeOf('dist/slides/qr/coreos.SVG')).toBe('image/svg+xml');
    expect(mediaTypeOf('dist/slides/index.html')).toBe('text/html; charset=utf-8');
  });
  it('sends an unknown kind of file as bytes', () => {
    expect(mediaTypeOf('dist/slides/pagefind/index.pf_meta')).toBe('application/octet-stream');
  });
});

describe('fileForRequest: which built file answers a request path', () => {
  const file = (...parts: string[]) => path.join(outDir, ...parts);
  it('answers a folder with its index.html, with or without the slash, ignoring the query', () => {
    expect(fileForRequest('/immutable-linux/slides/?view=print&handout', '/immutable-linux/', outDir)).toBe(
      file('slides', 'index.html'),
    );
    expect(fileForRequest('/immutable-linux/slides?view=print', '/immutable-linux/', outDir)).toBe(
      file('slides', 'index.html'),
    );
    expect(fileForRequest('/', '/', outDir)).toBe(file('index.html'));
    expect(fileForRequest('/a%20b.svg', '/', outDir)).toBe(file('a b.svg'));
  });
  it('answers nothing outside the base, above the folder, for a bad escape or a missing file', () => {
    expect(fileForRequest('/slides/', '/immutable-linux/', outDir)).toBeUndefined();
    expect(fileForRequest('/%2e%2e/etc/passwd', '/', outDir)).toBeUndefined();
    expect(fileForRequest('/slides/%E0%A4%A', '/', outDir)).toBeUndefined();
    expect(fileForRequest('/missing.js', '/', outDir)).toBeUndefined();
  });
});

describe('serveBuild: the build over HTTP on the loopback interface', () => {
  it('serves files under the base with their types and 404 for anything else', async () => {
    const server = await serveBuild({ outDir, base: '/immutable-linux/' });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/immutable-linux\/$/);
      const deck = await fetch(`${server.url}slides/?view=print`);
      expect(deck.status).toBe(200);
      expect(deck.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await deck.text()).toBe('<h1>deck</h1>');
      const script = await fetch(`${server.url}_astro/start.B3Z4.js`);
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(script.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await script.text()).toBe('export {};');
      expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
      expect((await fetch(new URL('/slides/', server.url))).status).toBe(404);
      expect((await fetch(`${server.url}slides/`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
