/**
 * A cache for build outputs that are slow to make and depend only on their inputs (the social-card
 * PNGs, src/social/card-cache.ts; the deck's PDFs, scripts/pdf.mjs). Each entry is named by a hash
 * of everything that changes the output, so a build with unchanged inputs reuses it and any change
 * makes a new one; nothing is ever invalidated by hand. It lives in node_modules/.cache/immutable-linux
 * (ignored by git, kept between builds, gone with `rm -rf node_modules`); BUILD_CACHE_DIR moves it
 * and BUILD_CACHE=0 turns it off (every output is made anew).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type Env = Record<string, string | undefined>;

/** The cache's folder, or undefined when BUILD_CACHE=0 switches it off. */
export function buildCacheDir(env: Env = process.env): string | undefined {
  if (env.BUILD_CACHE === '0' || env.BUILD_CACHE === 'false') return undefined;
  return path.resolve(env.BUILD_CACHE_DIR || 'node_modules/.cache/immutable-linux');
}

/**
 * SHA-256 of the parts in order, hex. Each part is preceded by its length, so ('ab', 'c') and
 * ('a', 'bc') hash differently.
 */
export function contentHash(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The file's SHA-256, or null when it does not exist (a missing file is a state the key records too). */
export function fileHash(file: string): string | null {
  return existsSync(file) ? contentHash(readFileSync(file)) : null;
}

/** An installed package's version, from its package.json (found upwards from its entry point). */
export function packageVersion(name: string, from: string = process.cwd()): string {
  const require = createRequire(path.join(from, 'noop.js'));
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      if (pkg.name === name) return pkg.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json found for ${name}`);
    dir = parent;
  }
}

/** The bytes cached under kind/key, or undefined. */
export function readCached(dir: string | undefined, kind: string, key: string): Buffer | undefined {
  if (!dir) return undefined;
  const file = path.join(dir, kind, key);
  return existsSync(file) ? readFileSync(file) : undefined;
}

/**
 * Stores bytes under kind/key. Written to a temporary name and renamed, so a build stopped halfway
 * (or two builds at once) never leaves a truncated entry that a later build would reuse.
 */
export function writeCached(dir: string | undefined, kind: string, key: string, bytes: Uint8Array | string): void {
  if (!dir) return;
  const file = path.join(dir, kind, key);
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}
