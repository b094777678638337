/**
 * Valid-HTML gate: html-validate with the committed .htmlvalidate.json over every built page.
 * Every rule the config turns off or relaxes has its reason below (JSON has no comments), and a
 * finding accepted on one page only is listed in ACCEPTED with its reason.
 */
import { test, expect } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { builtHtmlFiles } from './pages.ts';
import { distDir } from './site.ts';

/** Why each rule is off or relaxed in .htmlvalidate.json. */
export const RULES_CHANGED: Record<string, string> = {
  'void-style':
    'Style only: Astro writes Starlight pages with <meta/> and our own pages with <meta>; both are valid HTML.',
  'no-inline-style':
    'Starlight and Expressive Code set CSS custom properties in style attributes (--depth, --sl-icon-size, code colours). The CSP admits style attributes (style-src-attr), never inline scripts.',
  'unique-landmark':
    'Starlight renders every aside (:::note[Fact check], the speaker-notes callouts) as <aside aria-label="title">, and its right sidebar as an unnamed <aside>: a docs page repeats these by design. Not a WCAG failure (axe\'s landmark-unique is best practice).',
  'no-implicit-button-type':
    "Starlight's header, search, menu and Expressive Code copy buttons carry no type attribute; none of them is inside a form, so the default type changes nothing.",
  'no-trailing-whitespace':
    'Generated markup; whitespace inside <pre> and the sidebar is not ours to trim and changes nothing for a reader.',
  'wcag/h32':
    'The simulator terminal is a one-field form submitted with Enter, as a shell prompt is (HTML implicit submission); H32 is an advisory technique, not a WCAG failure.',
  'valid-id': 'Relaxed to the HTML5 rule (no whitespace, not empty): Starlight uses the id "_top" for its skip target.',
  'prefer-native-element':
    'Role "region" excluded: the simulator custom elements (<sim-machine role="region" aria-label>) are themselves the named region.',
};

/** Findings accepted on some pages only: markup we cannot change, with the reason. */
const ACCEPTED: { rule: string; file: RegExp; message?: RegExp; reason: string }[] = [
  {
    rule: 'element-permitted-content',
    file: /./,
    message: /<div> element is not permitted as content under <(code|button)>/,
    reason:
      'Expressive Code renders each code line as a <div> inside <code>, and its copy button holds a <div>: its markup, compiled into every page with code.',
  },
  {
    rule: 'text-content',
    file: /./,
    message: /<button> must have accessible text/,
    reason:
      "Expressive Code's copy button is named by its title attribute (axe accepts it); html-validate wants text content.",
  },
];

test('every built page is valid HTML (html-validate, .htmlvalidate.json)', async () => {
  const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'));
  for (const [rule, setting] of Object.entries(config.rules ?? {})) {
    if (setting === 'off' || Array.isArray(setting))
      expect(RULES_CHANGED[rule], `reason for changing rule ${rule}`).toBeTruthy();
  }
  // The committed config, given explicitly: the build may live outside the repository (OUT_DIR).
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const broken = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a"><div id="a"></div></body></html>',
  );
  expect(broken.valid, 'the validator reports invalid HTML').toBe(false);
  const files = builtHtmlFiles();
  expect(files.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(path.join(distDir, file), 'utf8'), file);
    for (const m of report.results.flatMap((r) => r.messages)) {
      const accepted = ACCEPTED.some(
        (a) => a.rule === m.ruleId && a.file.test(file) && (!a.message || a.message.test(m.message)),
      );
      if (!accepted) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
  }
  expect(problems).toEqual([]);
});
