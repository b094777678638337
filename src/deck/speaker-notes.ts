/**
 * Pacing: the speaker view reads each slide's `data-timing` (seconds). Authors set it in the MDX
 * with `:::notes{timing=120}`; a slide with a simulator and no timing of its own gets 45 s plus
 * 15 s a tour step, the rest share what is left of the talk's length (reveal's `totalTime`).
 * Only the speaker view reads them, so they are set when it loads: this module comes with reveal's
 * notes plugin on the first S (src/deck/speaker-view.ts).
 */
export { default as RevealNotes } from 'reveal.js/plugin/notes';

export const DEMO_SLIDE_SECONDS = 45;
export const DEMO_STEP_SECONDS = 15;

export function timingOf(slide: Element): number | null {
  const authored = Number(slide.querySelector<HTMLElement>('aside.notes[data-timing]')?.dataset.timing);
  if (authored > 0) return Math.round(authored);
  if (!slide.querySelector('sim-machine')) return null;
  return DEMO_SLIDE_SECONDS + DEMO_STEP_SECONDS * slide.querySelectorAll('[data-sim-step]').length;
}

export function applySlideTimings(root: HTMLElement): void {
  for (const slide of root.querySelectorAll<HTMLElement>('.slides > section')) {
    const seconds = timingOf(slide);
    if (seconds !== null && !slide.dataset.timing) slide.dataset.timing = String(seconds);
  }
}
