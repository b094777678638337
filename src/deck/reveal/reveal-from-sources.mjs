/**
 * Astro integration: the deck's reveal.js is built from the sources the package ships (js/), with the
 * parts this deck never needs at load swapped for the stand-ins in this folder. reveal's published
 * bundle (dist/reveal.mjs) makes all of its controllers in its constructor, so none can be left out
 * by tree-shaking; 30.4 KB gzip of the deck's 33 KB at load were reveal's. Each stand-in either loads
 * the real controller on first use (help, jump-to-slide, print view, auto-slide control) or replaces
 * a feature no slide uses (auto-animate, r-fit-text), which tests/unit/deck/reveal-stand-ins.test.ts
 * checks on the built deck.
 *
 * The stand-ins follow reveal's internals, so the version is pinned: another reveal.js stops the
 * build until the stand-ins have been checked against its sources.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The reveal.js whose sources the stand-ins were written against. */
export const REVEAL_VERSION = '6.0.2';

const require = createRequire(import.meta.url);
/** node_modules/reveal.js (its `exports` hide package.json, so found from its main file). */
export const REVEAL_DIR = path.resolve(path.dirname(require.resolve('reveal.js')), '..');
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * What each reveal source imports, and what the deck's build gives it instead:
 * `{ importer (relative to reveal's js/), specifier, standIn }`.
 */
export const STAND_INS = [
  { importer: 'reveal.js', specifier: './controllers/autoanimate', standIn: here('./auto-animate-stand-in.ts') },
  { importer: 'reveal.js', specifier: './controllers/overlay', standIn: here('./overlay-on-demand.ts') },
  { importer: 'reveal.js', specifier: './controllers/overview', standIn: here('./overview-on-demand.ts') },
  { importer: 'reveal.js', specifier: './controllers/printview', standIn: here('./print-view-on-demand.ts') },
  { importer: 'reveal.js', specifier: './controllers/jumptoslide', standIn: here('./jump-to-slide-on-demand.ts') },
  { importer: 'reveal.js', specifier: './components/playback', standIn: here('./playback-on-demand.ts') },
  { importer: 'controllers/slidecontent.js', specifier: 'fitty', standIn: here('./fit-text-stand-in.ts') },
  { importer: 'controllers/plugins.js', specifier: '../utils/loader', standIn: here('./script-loader-stand-in.ts') },
];

/** The installed reveal.js's version, or a build error naming what to do when it is not the pinned one. */
export function checkRevealVersion(dir = REVEAL_DIR) {
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (version !== REVEAL_VERSION)
    throw new Error(
      `reveal.js ${version} is installed, but the deck's build of reveal (src/deck/reveal/reveal-from-sources.mjs) ` +
        `was written against ${REVEAL_VERSION}: compare the stand-ins in src/deck/reveal/ with the new ` +
        `node_modules/reveal.js/js/ sources (reveal.js, controllers/), then update REVEAL_VERSION.`,
    );
  return version;
}

/** The file the deck's build uses for `specifier` imported from `importer`, or null for the usual one. */
export function resolveRevealImport(specifier, importer, dir = REVEAL_DIR) {
  // The deck's `import Reveal from 'reveal.js'`: the sources, not the published bundle.
  if (specifier === 'reveal.js') return path.join(dir, 'js', 'reveal.js');
  // A stand-in's import of the real controller (the package's `exports` do not list its sources).
  if (specifier.startsWith('reveal.js/js/')) return path.join(dir, specifier.slice('reveal.js/'.length));
  if (!importer) return null;
  const from = path.relative(path.join(dir, 'js'), importer.split('?')[0]).replaceAll('\\', '/');
  return STAND_INS.find((s) => s.importer === from && s.specifier === specifier)?.standIn ?? null;
}

export function revealFromSources() {
  return {
    name: 'reveal-from-sources',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        checkRevealVersion();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'reveal-from-sources',
                enforce: 'pre',
                resolveId(specifier, importer) {
                  return resolveRevealImport(specifier, importer);
                },
              },
            ],
          },
        });
      },
    },
  };
}
