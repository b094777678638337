// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { slidesPlugin } from './src/markdown/satteri-slides.ts';
import { glossaryLinksPlugin } from './src/markdown/glossary-links.ts';
import { normalizeBase } from './src/markdown/paths.ts';
import { astroCsp } from './src/security/csp.mjs';
import { cspCompleteHashes } from './src/security/csp-complete-hashes.mjs';

// BASE_PATH hosts the site under a sub-path (e.g. BASE_PATH=/immutable-linux/ for GitHub Pages).
const base = normalizeBase(process.env.BASE_PATH);
// CONTENT_DIR points the build at another content folder (the build tests use small fixtures).
const contentDir = process.env.CONTENT_DIR || './content';
// SITE_URL is the public address (canonical URLs, sitemap, QR codes).
const site = process.env.SITE_URL || 'https://immutable-linux.example.org';

export default defineConfig({
  // OUT_DIR / ASTRO_CACHE_DIR let several builds (a root and a base-path build, or parallel
  // working copies) live side by side.
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  site,
  base,
  trailingSlash: 'always',
  // Content-Security-Policy <meta> on every page, with hashes of the inline scripts it renders.
  security: { csp: astroCsp },
  markdown: {
    // The glossary links run after the slide split, so they see the final tree of each page.
    processor: satteri({ mdastPlugins: [slidesPlugin({ base, contentDir }), glossaryLinksPlugin({ base, contentDir })] }),
  },
  integrations: [
    // Adds to the CSP <meta> the hashes of inline code Astro's csp did not see (see the file).
    cspCompleteHashes(),
    starlight({
      title: 'Immutable Linux',
      description: 'What if you cannot write to /usr? A meetup talk as slides, docs and simulators.',
      markdown: { processedDirs: [contentDir] },
      customCss: ['./src/styles/docs.css'],
      routeMiddleware: './src/route-middleware.ts',
      // The talk in its order, then the lab and the reference pages. The every-page gate
      // (tests/e2e/sitemap.spec.ts) fails if a page in content/ is missing here.
      sidebar: [
        { label: 'The talk', items: ['introduction', 'immutability', 'coreos', 'microos', 'k3os', 'nixos', 'conclusion'] },
        {
          label: 'Lab',
          items: [
            { label: 'All simulators', link: '/lab/' },
            { label: 'Fedora CoreOS', link: '/lab/fcos/' },
            { label: 'openSUSE MicroOS', link: '/lab/microos/' },
            { label: 'k3OS', link: '/lab/k3os/' },
            { label: 'NixOS', link: '/lab/nixos/' },
          ],
        },
        { label: 'Reference', items: ['glossary', 'references'] },
        { label: 'Slides', link: '/slides/' },
      ],
      lastUpdated: false,
      pagination: true,
    }),
  ],
});
