/**
 * Stands in for `fitty`, which reveal's published bundle carries for `.r-fit-text` (text sized to fill
 * its slide). No slide of this deck uses that class (tests/unit/deck/reveal-stand-ins.test.ts checks
 * the built deck), so the deck's build of reveal (src/deck/reveal/reveal-from-sources.mjs) leaves it out.
 */
import { notInThisDeck } from './not-in-this-deck.ts';

export default function fitTextStandIn(): void {
  notInThisDeck('r-fit-text');
}
