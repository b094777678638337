/**
 * Parse a built HTML file into a queryable DOM, in Node, without a browser: the link checker,
 * the page list and the sitemap gate read the built site this way. Uses html-validate's HTML5
 * parser (already a dev dependency for the valid-HTML gate) rather than regular expressions.
 */
import { readFileSync } from 'node:fs';
import { Parser, StaticConfigLoader } from 'html-validate';

const config = await new StaticConfigLoader().getConfigFor('page.html');

/** @param {string} file path of an .html file @returns the document's root element */
export function parseHtmlFile(file) {
  const data = readFileSync(file, 'utf8');
  return new Parser(config).parseHtml({ data, filename: file, line: 1, column: 1, offset: 0 });
}
