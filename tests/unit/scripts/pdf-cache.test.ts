import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFileOf } from '../../../scripts/pdf-cache.mjs';

describe('builtFileOf: which built file a URL the print view loaded came from', () => {
  const root = 'http://127.0.0.1:4321/immutable-linux/';
  it('maps files and folders (their index.html) under the base', () => {
    expect(builtFileOf(`${root}slides/?view=print`, root, 'dist')).toBe(path.join('dist', 'slides/index.html'));
    expect(builtFileOf(`${root}_astro/index.B3Z4.css`, root, 'dist')).toBe(path.join('dist', '_astro/index.B3Z4.css'));
    expect(builtFileOf(`${root}a%20b.svg`, root, 'dist')).toBe(path.join('dist', 'a b.svg'));
  });
  it('ignores other origins and paths outside the base', () => {
    expect(builtFileOf('https://example.org/immutable-linux/x.js', root, 'dist')).toBeUndefined();
    expect(builtFileOf('http://127.0.0.1:4321/other/x.js', root, 'dist')).toBeUndefined();
    expect(builtFileOf('data:font/woff2;base64,AA', root, 'dist')).toBeUndefined();
  });
});
