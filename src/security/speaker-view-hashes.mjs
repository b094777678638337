/**
 * Hashes of the inline <script> and <style> that reveal.js's notes plugin writes into its
 * speaker-view popup. The popup is an about:blank window: it inherits the deck's CSP, so its
 * inline code runs only if the policy lists these hashes. They are read from the installed
 * plugin, so a reveal.js upgrade updates them (tests/e2e/csp.spec.ts opens the speaker view).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';

// Astro's csp config takes hashes as sha256-<base64>, without the quotes of the header syntax.
/** @type {(text: string) => `sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The HTML the notes plugin writes into the popup (the string literal passed to document.write). */
export function speakerViewHtml() {
  const require = createRequire(import.meta.url);
  // The ES module build, the one the deck's bundle imports.
  const source = readFileSync(require.resolve('reveal.js/plugin/notes').replace(/\.js$/, '.mjs'), 'utf8');
  const match = source.match(/\.document\.write\(("(?:[^"\\]|\\.)*")\)/);
  if (!match)
    throw new Error(
      'reveal.js notes plugin: speaker view markup not found; update src/security/speaker-view-hashes.mjs',
    );
  // A JS string literal (with \xA0 and <\/script> escapes, so not JSON): evaluate the literal alone.
  return runInNewContext(match[1]);
}

/** CSP hash sources for the popup's inline scripts and styles. */
export function speakerViewHashes() {
  const html = speakerViewHtml();
  /** @param {string} tag */
  const pick = (tag) => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => sha256(m[1]));
  return { scripts: pick('script'), styles: pick('style') };
}
