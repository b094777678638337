// A small static file server for the built site, in the calling process: the PDF step
// (scripts/pdf.mjs) serves the build with it instead of starting `astro preview`, which loads
// Astro, the project's config and Vite (seconds) just to send files. It serves OUT_DIR under the
// base path as a static host does: a folder's index.html for the folder, each file with its media
// type and `nosniff` (so a wrong type fails here as it would on the host). The pages carry their
// Content-Security-Policy in a <meta> element, so they need no other header. GET and HEAD only.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { builtFileOf } from './pdf-cache.mjs';

/** Media types of the files an Astro build writes; anything else goes as bytes. */
const MEDIA_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** The Content-Type a built file is sent with. */
export function mediaTypeOf(file) {
  return MEDIA_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The built file a request path (`/base/slides/?view=print`) is answered with, or undefined when
 * nothing is there (outside the base, `..`, a malformed escape, a missing file). A folder, with or
 * without its trailing slash, is answered with its index.html.
 */
export function fileForRequest(requestPath, base, outDir) {
  const siteRoot = `http://site${base}`;
  let file;
  try {
    file = builtFileOf(`http://site${requestPath}`, siteRoot, outDir);
  } catch {
    return undefined; // decodeURIComponent refused the path
  }
  if (!file) return undefined;
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return fileForRequest(`${requestPath.replace(/[?#].*$/, '')}/`, base, outDir);
  return stat?.isFile() ? file : undefined;
}

/**
 * Serves outDir under base on 127.0.0.1 (`port` 0: a free one). Resolves to the site's address
 * (`http://127.0.0.1:PORT/base/`) and a close function.
 */
export function serveBuild({ outDir, base, port = 0 }) {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileForRequest(request.url ?? '/', base, outDir);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'Content-Type': mediaTypeOf(file),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject).listen(port, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        url: `http://127.0.0.1:${address.port}${base}`,
        close: () => new Promise((done) => server.close(() => done(undefined)).closeAllConnections()),
      });
    });
  });
}
