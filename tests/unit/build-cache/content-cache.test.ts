import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildCacheDir,
  contentHash,
  fileHash,
  packageVersion,
  readCached,
  writeCached,
} from '../../../src/build-cache/content-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'content-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the build cache', () => {
  it('lives in node_modules/.cache unless moved, and BUILD_CACHE=0 turns it off', () => {
    expect(buildCacheDir({})).toBe(path.resolve('node_modules/.cache/immutable-linux'));
    expect(buildCacheDir({ BUILD_CACHE_DIR: dir })).toBe(dir);
    expect(buildCacheDir({ BUILD_CACHE: '0' })).toBeUndefined();
    writeCached(undefined, 'og', 'k', 'x');
    expect(readCached(undefined, 'og', 'k')).toBeUndefined();
  });

  it('hashes parts with their boundaries, and a missing file as null', () => {
    expect(contentHash('ab', 'c')).not.toBe(contentHash('a', 'bc'));
    expect(contentHash('a')).toBe(contentHash(new TextEncoder().encode('a')));
    const file = path.join(dir, 'f');
    expect(fileHash(file)).toBeNull();
    writeFileSync(file, 'a');
    expect(fileHash(file)).toBe(contentHash('a'));
  });

  it('stores and reads entries, leaving no partial file behind', () => {
    expect(readCached(dir, 'pdf', 'key')).toBeUndefined();
    writeCached(dir, 'pdf', 'key', 'bytes');
    expect(readCached(dir, 'pdf', 'key')?.toString()).toBe('bytes');
    expect(readdirSync(path.join(dir, 'pdf'))).toEqual(['key']);
    expect(existsSync(path.join(dir, 'pdf', 'key'))).toBe(true);
  });

  it('reads an installed package version', () => {
    expect(packageVersion('satori')).toMatch(/^\d+\.\d+\.\d+/);
  });
});
