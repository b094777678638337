import { SYSTEM_IDS, labPath, systemName } from '../systems/registry.ts';

/**
 * Which pages have a social card, and where its image lives. Docs pages come from the content
 * collection; the deck and the lab are pages of their own and are listed here.
 */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The image path for a page path (`/coreos/` -> `og/coreos.png`, `/` -> `og/index.png`). */
export function cardImagePath(pagePath: string): string {
  const slug = pagePath.replace(/^\/+|\/+$/g, '') || 'index';
  return `og/${slug}.png`;
}

export const EXTRA_CARD_PAGES: { path: string; title: string; kicker: string }[] = [
  { path: '/slides/', title: 'Immutable Linux: the slides', kicker: 'SLIDES' },
  { path: '/404/', title: 'Page not found', kicker: 'IMMUTABLE LINUX' },
  { path: '/lab/', title: 'Immutable Linux lab', kicker: 'LAB' },
  // One lab page per registered system.
  ...SYSTEM_IDS.map((id) => ({ path: labPath(id), title: `${systemName(id)} simulator`, kicker: 'LAB' })),
];
