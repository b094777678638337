/**
 * Astro integration: a page whose simulator is in its first screen (`<SimMachine aboveFold>`, which
 * renders `data-preload-engine`: the lab and its embed) gets `<link rel="modulepreload">` for the
 * chunks its boot script will import: the system's engine module (src/sim/systems/<id>.ts), the live
 * views (src/components/sim/live.ts) and the chunks those import. Without it they are fetched only
 * after the boot script has run and seen the simulator on screen (a chain of three requests); with
 * it they download with the page. The chunks' hashed names are known only to the bundler, so a
 * Vite plugin records them from the client build and the build:done hook writes the links.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../security/csp-complete-hashes.mjs';

const SYSTEM_MODULE = /\/src\/sim\/systems\/([a-z0-9-]+)\.ts$/;
const LIVE_MODULE = /\/src\/components\/sim\/live\.ts$/;
const MARKER = /<sim-machine\b[^>]*\bdata-system="([a-z0-9-]+)"[^>]*\bdata-preload-engine\b/;

/** A chunk's file and, recursively, the files of the chunks it imports statically, in load order. */
export function chunkClosure(bundle, fileName, seen = new Set()) {
  if (seen.has(fileName)) return [];
  seen.add(fileName);
  const chunk = bundle[fileName];
  const deps = (chunk?.imports ?? []).flatMap((dep) => chunkClosure(bundle, dep, seen));
  return [...deps, fileName];
}

/**
 * From a client bundle: for each system, the files its engine needs; and the live views' files.
 * @returns {{ systems: Record<string, string[]>, live: string[] }}
 */
export function engineChunks(bundle) {
  const systems = {};
  let live = [];
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
    const id = chunk.facadeModuleId.replaceAll('\\', '/');
    const system = SYSTEM_MODULE.exec(id)?.[1];
    if (system) systems[system] = chunkClosure(bundle, chunk.fileName);
    else if (LIVE_MODULE.test(id)) live = chunkClosure(bundle, chunk.fileName);
  }
  return { systems, live };
}

/** The page with modulepreload links for its above-the-fold simulator's chunks, or unchanged. */
export function withEnginePreload(html, chunks, base) {
  const system = MARKER.exec(html)?.[1];
  if (!system || !html.includes('</head>')) return html;
  const files = [...new Set([...(chunks.systems[system] ?? []), ...chunks.live])];
  const links = files
    .map((file) => `${base}${file}`)
    // A chunk the page already loads with a <script src> needs no hint.
    .filter((href) => !html.includes(`src="${href}"`))
    .map((href) => `<link rel="modulepreload" href="${href}">`)
    .join('');
  return links ? html.replace('</head>', `${links}</head>`) : html;
}

export function enginePreload() {
  let base = '/';
  let chunks = { systems: {}, live: [] };
  return {
    name: 'engine-preload',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'engine-preload:chunks',
                apply: 'build',
                generateBundle(_options, bundle) {
                  if (this.environment?.name === 'client') chunks = engineChunks(bundle);
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!chunks.live.length) {
          logger.warn('no live simulator chunk found: lab pages get no modulepreload links');
          return;
        }
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const next = withEnginePreload(html, chunks, base);
          if (next !== html) writeFileSync(file, next);
        }
      },
    },
  };
}
