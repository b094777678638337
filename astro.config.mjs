// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { slidesPlugin } from './src/markdown/satteri-slides.ts';
import { glossaryLinksPlugin } from './src/markdown/glossary-links.ts';
import { normalizeBase } from './src/markdown/paths.ts';
import { siteUrlFrom } from './src/deck/site-url.ts';
import { astroCsp } from './src/security/csp.mjs';
import { cspCompleteHashes } from './src/security/csp-complete-hashes.mjs';
import { hostHeaders } from './src/security/host-headers.mjs';
import { SYSTEM_IDS, labPath, systemName } from './src/systems/registry.ts';
import { pdfPlan } from './scripts/pdf-plan.mjs';
import { contentLinkCheck } from './src/content/link-check.ts';
import { CODE_THEMES } from './src/markdown/code-themes.ts';
import { repoUrlFrom } from './src/site/repo-url.ts';
import { enginePreload } from './src/systems/engine-preload.mjs';
import { revealFromSources } from './src/deck/reveal/reveal-from-sources.mjs';
import { inlineDeckCss } from './src/deck/inline-deck-css.mjs';

// BASE_PATH hosts the site under a sub-path (e.g. BASE_PATH=/immutable-linux/ for GitHub Pages).
const base = normalizeBase(process.env.BASE_PATH);
// CONTENT_DIR points the build at another content folder (the build tests use small fixtures).
const contentDir = process.env.CONTENT_DIR || './content';
// SITE_URL is the public address (canonical URLs, sitemap, QR codes); without it, a visibly local one.
const site = siteUrlFrom(process.env.SITE_URL, (message) => console.warn(`\n[SITE_URL] ${message}\n`));
// REPO_URL is the repository's web address: each page gets "Edit page" and "Report an error". A
// deploy on GitHub Actions, Netlify or Vercel states it; the footer reads the answer from here.
const repoUrl = repoUrlFrom(process.env);
if (repoUrl) process.env.REPO_URL = repoUrl;
else delete process.env.REPO_URL;

// Whether this build prints the deck's PDFs (scripts/pdf-plan.mjs: PDF=0, PDF_STRICT=1 or a browser
// found). The pages read the answer to link to the PDFs or, without them, to the print view; with
// PDF_STRICT=1 and no browser the build stops here, before any work.
process.env.PDF_EXPORT ||= pdfPlan().enabled ? '1' : '0';

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
  vite: {
    // The share-link restore worker (src/components/sim/restore-worker.ts) is an ES module worker,
    // so its `import()` of the link's system stays a chunk of its own: Vite's default worker format
    // (iife) would inline every system's engine into the worker file.
    worker: { format: 'es' },
  },
  markdown: {
    // The glossary links run after the slide split, so they see the final tree of each page.
    processor: satteri({
      mdastPlugins: [
        slidesPlugin({
          base,
          contentDir,
          docsView: fileURLToPath(new URL('./src/components/views/docs-view.ts', import.meta.url)),
        }),
        glossaryLinksPlugin({ base, contentDir }),
      ],
    }),
  },
  integrations: [
    // A link in content/ to a missing page or anchor stops the build, naming the file and line.
    contentLinkCheck({ base, contentDir }),
    // Lab pages and embeds preload their simulator's engine chunks (see the file).
    enginePreload(),
    revealFromSources(),
    // The deck's stylesheets go inline in its page, so its first slide waits on no request (see the file).
    inlineDeckCss(),
    // Adds to the CSP <meta> the hashes of inline code Astro's csp did not see (see the file).
    cspCompleteHashes(),
    // Then writes the static hosts' header files (_headers, .htaccess, vercel.json) into the output
    // from the completed policies; the site's own build also refreshes the repository's vercel.json.
    hostHeaders({
      rootVercelJson: process.env.CONTENT_DIR ? null : fileURLToPath(new URL('./vercel.json', import.meta.url)),
    }),
    starlight({
      title: 'Immutable Linux',
      description: 'What if you cannot write to /usr? A meetup talk as slides, docs and simulators.',
      markdown: { processedDirs: [contentDir] },
      customCss: ['./src/styles/docs.css', './src/styles/focus-ring.css', './src/styles/sr-only.css'],
      components: {
        Footer: './src/components/content/SiteFooter.astro',
        // The button is named by its visible text (WCAG 2.5.3), and Pagefind's UI loads when the
        // dialog first opens (see the component).
        Search: './src/components/search/Search.astro',
      },
      // Fact checks are h4 headings inside their asides, so the ToC lists each one by its id.
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 4 },
      ...(repoUrl ? { editLink: { baseUrl: `${repoUrl}/edit/main/` } } : {}),
      // One shiki theme pair for code blocks in both views (src/markdown/code-themes.ts).
      expressiveCode: { themes: [...CODE_THEMES] },
      routeMiddleware: './src/route-middleware.ts',
      // The talk's parts in their order (autogenerated, so a new part appears by itself), then the
      // lab and the reference pages, which hide themselves from the talk's group. The every-page
      // gate (tests/e2e/sitemap.spec.ts) fails if a page in content/ is not reachable here.
      sidebar: [
        { label: 'The talk', items: [{ autogenerate: { directory: 'content' } }] },
        {
          label: 'Lab',
          items: [
            { label: 'All simulators', link: '/lab/' },
            // One entry per system in the registry (src/systems/registry.ts). "… simulator": the talk's
            // pages have the bare names, and prev/next must tell them apart.
            ...SYSTEM_IDS.map((id) => ({ label: `${systemName(id)} simulator`, link: labPath(id) })),
          ],
        },
        {
          label: 'Reference',
          items: [
            { label: 'Glossary', link: '/glossary/' },
            { label: 'References', link: '/references/' },
            { label: 'Embed a simulator', link: '/embedding/' },
          ],
        },
        { label: 'Slides', link: '/slides/' },
      ],
      // "Last updated" is filled from git by src/route-middleware.ts (Starlight's own reads git only
      // under src/content/docs); it is left out in shallow clones, where the date would be wrong.
      lastUpdated: false,
      pagination: true,
    }),
    // MDX as Starlight would add it (static parts compiled to HTML strings), except the `##` slide
    // titles: they stay components, so the deck can render them without their id (the slide's
    // <section> carries it there: src/components/views/deck-view.ts).
    mdx({ optimize: { ignoreElementNames: ['h2'] } }),
  ],
});
