// The PDF step's cache (scripts/pdf.mjs; the store is src/build-cache/content-cache.ts). Printing the
// deck takes a browser several seconds, and the PDFs change only when the built deck does. So each
// print records every file of the build that the print view loaded (the deck's HTML, its CSS, JS,
// fonts and images, each with its SHA-256), and the next build reuses the PDFs when all of those
// files are byte for byte the same. The entry also depends on what prints them: this script and
// pdf.mjs, the PDF file names and paper sizes, the browser (path, size, date) and Playwright's version,
// and the base path. Any change there, or in any file the deck loads, prints anew.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentHash, fileHash, packageVersion, readCached, writeCached } from '../src/build-cache/content-cache.ts';

const MANIFEST = 'manifest.json';
const SOURCES = ['scripts/pdf.mjs', 'scripts/pdf-cache.mjs', 'src/deck/pdf-files.ts'];

/** The cache kind (folder) of this printer setup: one entry per setup, replaced when the deck changes. */
export function pdfCacheKind({ browser, base }) {
  const { size, mtimeMs } = statSync(browser);
  const key = contentHash(
    ...SOURCES.map((file) => readFileSync(file)),
    `${browser}:${size}:${Math.round(mtimeMs)}`,
    `@playwright/test@${packageVersion('@playwright/test')}`,
    base,
  );
  return `pdf/${key.slice(0, 32)}`;
}

/**
 * The file in the build that a URL the print view loaded came from, or undefined for a URL of
 * another origin or outside the base. `astro preview` serves a folder's index.html for the folder.
 */
export function builtFileOf(url, siteRoot, outDir) {
  if (!url.startsWith(siteRoot)) return undefined;
  const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(siteRoot).pathname.length));
  if (rel.split('/').includes('..')) return undefined;
  return path.join(outDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
}

/**
 * The cached PDFs (name -> bytes) when every file recorded with them is unchanged in outDir, else
 * undefined.
 */
export function reusablePdfs(cacheDir, kind, outDir, names) {
  const manifest = readCached(cacheDir, kind, MANIFEST);
  if (!manifest) return undefined;
  const { files, pdfs: printed } = JSON.parse(manifest.toString('utf8'));
  for (const [rel, hash] of Object.entries(files)) if (fileHash(path.join(outDir, rel)) !== hash) return undefined;
  const pdfs = new Map();
  for (const name of names) {
    const bytes = readCached(cacheDir, kind, name);
    // The PDFs' own hashes guard against an entry whose PDFs were replaced but whose manifest was not.
    if (!bytes || contentHash(bytes) !== printed?.[name]) return undefined;
    pdfs.set(name, bytes);
  }
  return pdfs;
}

/** Stores the PDFs with the hashes of the built files the print loaded; the manifest goes last. */
export function storePdfs(cacheDir, kind, outDir, loadedFiles, pdfs) {
  for (const [name, bytes] of pdfs) writeCached(cacheDir, kind, name, bytes);
  const files = Object.fromEntries(
    [...loadedFiles].sort().map((file) => [path.relative(outDir, file), fileHash(file)]),
  );
  const printed = Object.fromEntries([...pdfs].map(([name, bytes]) => [name, contentHash(bytes)]));
  writeCached(cacheDir, kind, MANIFEST, `${JSON.stringify({ files, pdfs: printed }, null, 2)}\n`);
}
