/**
 * The one theme pair for code blocks, in the docs and the deck alike. Expressive Code (Starlight's
 * code blocks) highlights with shiki at build time and, because the MDX is compiled once, the deck
 * gets the same markup: Starlight's theme picker switches the docs between the two, the deck's T key
 * (data-theme, src/deck/deck-theme.ts) switches the projector. The high-contrast pair keeps code
 * legible from the back of a room and above WCAG AA in both views.
 */
import type { BundledTheme } from 'shiki';

export const CODE_THEMES = [
  'github-dark-high-contrast',
  'github-light-high-contrast',
] as const satisfies readonly BundledTheme[];
