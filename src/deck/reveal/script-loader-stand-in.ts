/**
 * Stands in for reveal's script loader (js/utils/loader.ts), which loads the classic scripts named in
 * the legacy `dependencies` setting. The deck passes none (its only plugin, the speaker view, is an
 * ES module loaded on S: src/deck/speaker-view.ts), and reveal refuses `dependencies` from the address.
 */
import { notInThisDeck } from './not-in-this-deck.ts';

export function loadScript(): void {
  notInThisDeck('The `dependencies` setting');
}
