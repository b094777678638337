/**
 * Stands in for reveal's auto-animate controller (js/controllers/autoanimate.js, 2.5 KB gzip): reveal
 * runs it only between two slides that both carry `data-auto-animate`, and no slide of this deck
 * does (tests/unit/deck/reveal-stand-ins.test.ts checks the built deck). `reset()` undoes what a run
 * did, so with no run there is nothing to undo.
 */
import { notInThisDeck } from './not-in-this-deck.ts';

export default class AutoAnimateStandIn {
  run(): void {
    notInThisDeck('data-auto-animate');
  }

  reset(): void {}
}
