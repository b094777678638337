/**
 * The Content-Security-Policy: nothing from another origin, no inline event handlers, inline
 * <script>/<style> only when their hash is listed. Astro's `security.csp` writes it as a <meta>
 * on every page with the hashes of the inline scripts and styles it rendered (Starlight's theme
 * and TOC scripts included). The static-host header files (public/_headers, vercel.json) carry
 * HEADER_POLICY: the same origins, without per-page hashes, so it adds the directives a <meta>
 * cannot carry and never allows more than the <meta> does on a page.
 */
import { speakerViewHashes } from './speaker-view-hashes.mjs';

const speakerView = speakerViewHashes();

/** @typedef {Exclude<NonNullable<import('astro').AstroUserConfig['security']>['csp'], boolean | undefined>} AstroCspConfig */

/**
 * Directives shared by the <meta> and the header policy.
 * @type {NonNullable<AstroCspConfig['directives']>}
 */
export const BASE_DIRECTIVES = [
  "default-src 'self'",
  // data: for the small inline SVG images Starlight and Expressive Code use; not an origin.
  "img-src 'self' data:",
  // data: for the small font subsets Vite inlines into the CSS (under its 4 KB asset limit).
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Astro `security.csp` configuration (astro.config.mjs). */
export const astroCsp = {
  algorithm: /** @type {const} */ ('SHA-256'),
  directives: BASE_DIRECTIVES,
  scriptDirective: {
    // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly. It allows compiling WebAssembly
    // only, not eval() of JavaScript.
    resources: ["'self'", "'wasm-unsafe-eval'", { resource: "'none'", kind: /** @type {const} */ ('attribute') }],
    // reveal.js's speaker view writes an inline script into an about:blank popup, which
    // inherits this policy.
    hashes: speakerView.scripts,
  },
  styleDirective: {
    // Style attributes (Starlight's --depth, Expressive Code's colours, reveal's layout) cannot
    // run code; inline <style> elements still need a hash.
    resources: ["'self'", { resource: "'unsafe-inline'", kind: /** @type {const} */ ('attribute') }],
    hashes: speakerView.styles,
  },
};

/**
 * The policy for static hosts' header files. Inline scripts are left to the <meta> (both policies
 * apply, so the stricter, hash-based one decides); handlers and other origins are refused here too.
 * No frame-ancestors: the simulator embeds (/lab/<system>/embed/) are made to be framed elsewhere.
 */
export const HEADER_POLICY = [
  ...BASE_DIRECTIVES,
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
].join('; ');
