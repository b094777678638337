/**
 * Social card images (1200x630 PNG), drawn at build time from a page's title: satori lays out the
 * text with our own font files, resvg rasterises the SVG. No network, no browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
/** The font files the cards are drawn with (src/social/card-cache.ts hashes them into its key). */
export const cardFontFile = (weight: 400 | 700): string =>
  require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`);
export const CARD_FONT_WEIGHTS = [400, 700] as const;
const fontFile = (weight: 400 | 700) => readFileSync(cardFontFile(weight));

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= CARD_FONT_WEIGHTS.map((weight) => ({
    name: 'Atkinson Hyperlegible',
    data: fontFile(weight),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

export interface CardText {
  /** The page's own title, the big line. */
  title: string;
  /** A small label above it: the part of the site. */
  kicker: string;
  /** One line under it. */
  footer: string;
}

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

export async function renderCard({ title, kicker, footer }: CardText): Promise<Uint8Array> {
  const size = title.length > 48 ? 64 : title.length > 28 ? 80 : 96;
  const tree = h(
    'div',
    {
      // satori sizes boxes without their padding, so the content box is the card minus the padding.
      width: 1200 - 144,
      height: 630 - 128,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: 64,
      paddingBottom: 64,
      paddingLeft: 72,
      paddingRight: 72,
      background: '#0d1117',
      color: '#f0f3f6',
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      h('div', { fontSize: 34, color: '#ffd479', fontWeight: 700, letterSpacing: 1 }, kicker),
      h('div', { fontSize: size, fontWeight: 700, lineHeight: 1.1, display: 'flex', width: 1056 }, title),
      h(
        'div',
        {
          fontSize: 30,
          color: '#c3ccd6',
          display: 'flex',
          borderTop: '6px solid #7cc4ff',
          paddingTop: 20,
          width: 1056,
        },
        footer,
      ),
    ],
  );
  const svg = await satori(tree as never, { width: 1200, height: 630, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}
