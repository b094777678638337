// Whether this build prints the deck's PDFs, decided once from the environment so that the pages
// (which link to the PDFs) and the export step (scripts/pdf.mjs) agree:
//   PDF=0          never: the site links to the print view instead (/slides/?view=print)
//   PDF_STRICT=1   always: a build without a browser fails (CI and the deploy workflow set it)
//   otherwise      when a Chromium, Chrome or Edge is found; if none is, the build still succeeds,
//                  says the PDFs were skipped and links to the print view.
import { HOW_TO_GET_CHROMIUM, findHeadlessChromium } from './chromium-path.mjs';

const on = (value) => value === '1' || value === 'true';

/**
 * @param {Record<string, string | undefined>} env
 * @param {() => string | undefined} find where the browser is (scripts/chromium-path.mjs)
 * @returns {{ enabled: boolean, strict: boolean, browser?: string, reason: string }}
 */
export function pdfPlan(env = process.env, find = () => findHeadlessChromium({ env })) {
  const strict = on(env.PDF_STRICT);
  if (env.PDF === '0' || env.PDF === 'false') {
    if (strict) throw new Error('PDF=0 and PDF_STRICT=1 contradict each other: unset one of them.');
    return { enabled: false, strict, reason: 'PDF=0 is set' };
  }
  const browser = find();
  if (browser) return { enabled: true, strict, browser, reason: `printing with ${browser}` };
  if (strict)
    throw new Error(`PDF_STRICT=1: no Chromium, Chrome or Edge found to print the PDFs. ${HOW_TO_GET_CHROMIUM}.`);
  return { enabled: false, strict, reason: 'no Chromium, Chrome or Edge was found' };
}

/** What a build without PDFs prints, once. */
export function skippedMessage(plan) {
  return [
    `PDFs skipped: ${plan.reason}. The site links to the deck's print view (/slides/?view=print) instead.`,
    `To make the PDFs: ${HOW_TO_GET_CHROMIUM}; then run \`npm run build\` again.`,
    'Set PDF_STRICT=1 to make a missing browser an error (CI and the deploy workflow do).',
  ].join('\n');
}
