/**
 * Social cards through the build cache (src/build-cache/content-cache.ts): a card is drawn only when
 * its key is new. The key is the card's text plus a fingerprint of the renderer: the source of
 * src/social/card.ts (layout, colours, sizes), the font files it draws with, and the versions of
 * satori and resvg. A build with unchanged titles reuses every PNG; a changed title, font, layout or
 * library version draws them anew.
 */
import { readFileSync } from 'node:fs';
import { buildCacheDir, contentHash, packageVersion, readCached, writeCached } from '../build-cache/content-cache.ts';
import { CARD_FONT_WEIGHTS, type CardText, cardFontFile, renderCard } from './card.ts';
import cardSource from './card.ts?raw';

let fingerprint: string | undefined;
/** What, besides its text, decides a card's pixels. */
export function rendererFingerprint(): string {
  fingerprint ??= contentHash(
    cardSource,
    ...CARD_FONT_WEIGHTS.map((weight) => readFileSync(cardFontFile(weight))),
    `satori@${packageVersion('satori')}`,
    `@resvg/resvg-js@${packageVersion('@resvg/resvg-js')}`,
  );
  return fingerprint;
}

export const cardKey = ({ title, kicker, footer }: CardText, renderer = rendererFingerprint()): string =>
  `${contentHash(renderer, title, kicker, footer)}.png`;

/**
 * The card's PNG: from the cache when this text was drawn by this renderer before, else drawn and
 * stored. `draw` is the renderer (a parameter so the tests can count its calls).
 */
export async function cachedCard(
  text: CardText,
  { cacheDir = buildCacheDir(), draw = renderCard }: { cacheDir?: string; draw?: typeof renderCard } = {},
): Promise<Uint8Array> {
  const key = cardKey(text);
  const cached = readCached(cacheDir, 'og', key);
  if (cached) return cached;
  const png = await draw(text);
  writeCached(cacheDir, 'og', key, png);
  return png;
}
