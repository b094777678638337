/**
 * The Content-Security-Policy: nothing from another origin, no inline event handlers, inline
 * <script>/<style> only when their hash is listed. Astro's `security.csp` writes it as a <meta>
 * on every page with the hashes of the inline scripts and styles it rendered (Starlight's theme
 * and TOC scripts included). The static hosts' header files (_headers, .htaccess, vercel.json)
 * are generated after the build from the same directives and the hashes the pages' <meta>
 * policies carry (src/security/host-headers.mjs, `headerPolicy` below), plus what a <meta>
 * cannot say: frame-ancestors.
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

/** The sources of a directive config: those for elements (script-src) and for attributes (script-src-attr). */
function sourcesOf(/** @type {typeof astroCsp.scriptDirective | typeof astroCsp.styleDirective} */ d) {
  const element = d.resources.filter((r) => typeof r === 'string');
  const attribute = d.resources.flatMap((r) => (typeof r === 'string' ? [] : [r.resource]));
  return { element, attribute };
}

/**
 * The header policy for static hosts: the <meta> policy's directives and sources, with the given
 * hashes (every hash the built pages' <meta> policies list, quoted: 'sha256-…'), never
 * 'unsafe-inline' for scripts. `frameAncestors`: who may frame the page ('self' for pages; none
 * for the simulator embeds, which any origin may frame); a <meta> cannot carry this directive.
 * @param {{ scriptHashes: string[], styleHashes: string[], frameAncestors?: string }} opts
 */
export function headerPolicy({ scriptHashes, styleHashes, frameAncestors }) {
  const script = sourcesOf(astroCsp.scriptDirective);
  const style = sourcesOf(astroCsp.styleDirective);
  return [
    ...BASE_DIRECTIVES,
    ['script-src', ...script.element, ...scriptHashes].join(' '),
    ['script-src-attr', ...script.attribute].join(' '),
    ['style-src', ...style.element, ...styleHashes].join(' '),
    ['style-src-attr', ...style.attribute].join(' '),
    ...(frameAncestors ? [`frame-ancestors ${frameAncestors}`] : []),
  ].join('; ');
}

/** The other security headers every response gets, in every host file. */
export const OTHER_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Nothing on the site uses these features; a framed page cannot be granted them either.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/**
 * Pages the simulator embeds live at (/lab/<system>/embed/), relative to the base path: any
 * origin may frame them. Every other page may be framed by the site itself only.
 */
export const EMBED_PATH = /^lab\/[^/]+\/embed\//;
