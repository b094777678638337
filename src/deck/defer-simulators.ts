/**
 * The deck holds every slide in one document, and reveal's scroll view (phones) lays all of them
 * out at once; a simulator's live part (terminal, tour, timeline, file-system map) is over a
 * hundred elements. So in the deck each simulator's live part is shipped inert, inside a
 * `<template data-sim-deferred>`, and boot.ts puts it in place when its slide comes near or into
 * view, when the overview opens, or when the simulator is used. A slide is a box of fixed size, so
 * nothing around it moves when it does. The static transcript stays in the document: the PDF
 * prints it.
 */
import { divClose } from './div-end.ts';

const LIVE = /<div class="sim-live"[^>]*>/g;

export function deferSimulatorMarkup(html: string): string {
  let out = '';
  let from = 0;
  LIVE.lastIndex = 0;
  for (let open = LIVE.exec(html); open; open = LIVE.exec(html)) {
    const inner = open.index + open[0].length;
    const close = divClose(html, inner);
    if (!close) throw new Error('deferSimulatorMarkup: a simulator is not closed; the compiled HTML is malformed');
    out += `${html.slice(from, inner)}<template data-sim-deferred>${html.slice(inner, close.start)}</template>`;
    from = close.start;
    LIVE.lastIndex = close.end;
  }
  return out + html.slice(from);
}
