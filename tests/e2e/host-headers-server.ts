/**
 * A tiny static server for the tests that applies the generated `_headers` file the way Netlify or
 * Cloudflare Pages does (`Host`). Serves `dir` under `base`; a missing file gets 404.html with
 * status 404, with the headers of the path asked for, as both hosts do.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

interface Rule {
  pattern: RegExp;
  headers: [string, string][];
  /** `! Name` lines: headers that earlier matching rules set, taken away (Cloudflare Pages only). */
  detach: string[];
}

/**
 * How a host combines the rules that match a path:
 * - netlify: the last matching rule's value of a header wins; lines without a colon are skipped
 *   (netlify/build packages/headers-parser, line_parser.ts; netlify/primitives packages/headers,
 *   headersForPath.ts);
 * - cloudflare: every matching rule adds its value, joined with ", "; a `! Name` line first removes
 *   the header set so far (developers.cloudflare.com/pages/configuration/headers/, "Attach a
 *   header" and "Detach a header").
 */
export type Host = 'netlify' | 'cloudflare';
export const HOSTS: Host[] = ['netlify', 'cloudflare'];

/** Parses `_headers`: a path line, then indented `Name: value` or `! Name` lines; `*` matches anything, `:name` one segment. */
export function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[a-z]+/gi, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const at = line.indexOf(':');
    if (line.trim().startsWith('!')) rule?.detach.push(line.trim().slice(1).trim());
    else if (at > 0) rule?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/** The headers a request path gets from the rules on a host. */
export function headersFor(rules: Rule[], urlPath: string, host: Host): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(urlPath)) continue;
    if (host === 'cloudflare') for (const name of rule.detach) delete out[name];
    const own: Record<string, string> = {};
    for (const [name, value] of rule.headers) own[name] = own[name] ? `${own[name]}, ${value}` : value;
    for (const [name, value] of Object.entries(own))
      out[name] = host === 'cloudflare' && out[name] ? `${out[name]}, ${value}` : value;
  }
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

export interface HeaderServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

export async function startHeaderServer(outDir: string, base: string, host: Host): Promise<HeaderServer> {
  const dir = path.resolve(outDir);
  const rules = parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'));
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    if (urlPath.startsWith(base)) {
      const rel = urlPath.slice(base.length);
      const candidate = path.join(dir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
      if (candidate.startsWith(dir) && existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
    }
    const status = file ? 200 : 404;
    file ??= path.join(dir, '404.html');
    res.writeHead(status, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...headersFor(rules, urlPath, host),
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Serves one HTML page, with no headers of ours, at http://localhost:<port>/: another origin than
 * the site's http://127.0.0.1:<port>, on the same machine (Chromium refuses to let a page that did
 * not come from a local address, a routed one included, frame a local address at all).
 */
export async function startOtherOrigin(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
