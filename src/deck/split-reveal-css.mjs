/**
 * Splits reveal.js's shipped stylesheet (reveal.js/reveal.css, minified) into what the deck's first
 * paint needs and what only a feature used later needs (the overview, the print view, the help and
 * preview overlay, jump-to-slide, the auto-slide control, transitions the deck never sets, ...).
 * The split goes by selector, so it is derived from the file reveal ships at every build: after a
 * reveal update, a rule for one of these features still lands in the deferred part, and any rule
 * this file does not recognise stays inline, where it was. A rule is deferred only when every one
 * of its selectors belongs to a deferred feature; `@media`/`@supports` blocks are split inside.
 * `@media print` stays inline as a whole: Ctrl+P on the deck must print right at any moment.
 */

/**
 * Selector parts of the features the deck loads on first use (src/deck/reveal/*-on-demand.ts) or
 * never uses (transitions other than 'slide' and 'none': src/deck/motion.ts; content sets no
 * data-transition of its own, which tests/unit/deck/split-reveal-css.test.ts checks).
 */
const UNUSED_TRANSITIONS = 'default|linear|convex|concave|zoom|cube|page|fade';

export const DEFERRED_FEATURES = [
  // O / Esc: the overview (and its cursor and backgrounds).
  { name: 'overview', pattern: /\.overview\b|\.overview-/ },
  // ?view=print, ?print-pdf: the PDF export's print view.
  { name: 'print view', pattern: /\.reveal-print\b|\.print-pdf\b|\.pdf-page\b|\.pdf-slide-number\b/ },
  // ?, link previews: the overlay.
  { name: 'overlay', pattern: /\.r-overlay\b|\.r-overlay-/ },
  // G: jump to slide.
  { name: 'jump to slide', pattern: /\.jump-to-slide\b|\.jump-to-slide-/ },
  // autoSlide: the playback control.
  { name: 'auto-slide playback', pattern: /\.playback\b/ },
  // The speaker view's own window writes its own CSS; this is reveal's on-page notes panel (showNotes).
  { name: 'on-page speaker notes', pattern: /\.speaker-notes\b|\.show-notes\b/ },
  { name: 'auto-animate', pattern: /data-auto-animate/ },
  { name: 'parallax background', pattern: /\.has-parallax-background\b/ },
  { name: 'right-to-left decks', pattern: /\.reveal\.rtl\b/ },
  { name: 'rolling links', pattern: /\.roll\b/ },
  { name: 'zoom plugin', pattern: /\.zoomed\b/ },
  // Slide transitions other than the deck's. Not background transitions: reveal's default there is 'fade'.
  {
    name: 'slide transitions the deck does not use',
    pattern: new RegExp(
      `\\[data-transition[~|^$*]?=["']?(?:${UNUSED_TRANSITIONS})(?:-in|-out)?["']?\\]` +
        `|\\.reveal\\.(?:${UNUSED_TRANSITIONS})(?![\\w-])`,
    ),
  },
  // Background transitions other than reveal's default ('fade', which the deck keeps) and 'none'.
  {
    name: 'background transitions the deck does not use',
    pattern: /\[data-background-transition=["']?(?:slide|convex|concave|zoom)["']?\]/,
  },
];

/** Top-level statements of a CSS text: `{ prelude, body }` for blocks, `{ text }` for the rest. */
export function cssStatements(css) {
  const statements = [];
  let start = 0;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      const end = css.indexOf(c, i + 1);
      if (end < 0) throw new Error('unterminated string in CSS');
      i = end;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) throw new Error('unterminated comment in CSS');
      i = end + 1;
    } else if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}') {
      if (--depth < 0) throw new Error('unbalanced "}" in CSS');
      if (depth === 0) {
        statements.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      const text = css.slice(start, i + 1).trim();
      if (text) statements.push({ text });
      start = i + 1;
    }
  }
  if (depth !== 0) throw new Error('unbalanced "{" in CSS');
  const rest = css.slice(start).trim();
  if (rest) statements.push({ text: rest });
  return statements;
}

/** The selectors of a selector list, split at top-level commas (not those inside `:is(...)`). */
export function selectorsOf(list) {
  const selectors = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      selectors.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  selectors.push(list.slice(start).trim());
  return selectors.filter(Boolean);
}

const isDeferredSelector = (selector, features) => features.some((f) => f.pattern.test(selector));
const GROUPING = /^@(?:media|supports|layer|container)\b/;

/**
 * `{ inline, deferred }`: the two parts of `css`, each in the original order of its rules.
 * `features`: selector patterns of what may be deferred (DEFERRED_FEATURES by default).
 */
export function splitRevealCss(css, features = DEFERRED_FEATURES) {
  const inline = [];
  const deferred = [];
  for (const statement of cssStatements(css)) {
    if (statement.text !== undefined) {
      inline.push(statement.text);
      continue;
    }
    const { prelude, body } = statement;
    const whole = `${prelude}{${body}}`;
    if (prelude.startsWith('@')) {
      if (GROUPING.test(prelude) && !/^@media\s+print\b/.test(prelude)) {
        const inner = splitRevealCss(body, features);
        if (inner.inline) inline.push(`${prelude}{${inner.inline}}`);
        if (inner.deferred) deferred.push(`${prelude}{${inner.deferred}}`);
      } else inline.push(whole); // @keyframes, @font-face, @media print, ...
      continue;
    }
    const selectors = selectorsOf(prelude);
    if (selectors.length > 0 && selectors.every((s) => isDeferredSelector(s, features))) deferred.push(whole);
    else inline.push(whole);
  }
  return { inline: inline.join(''), deferred: deferred.join('') };
}
