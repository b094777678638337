/**
 * Decides whether a key press belongs to the deck. Only text fields keep their keys (a simulator's
 * terminal input included, even inside a shadow root): buttons, tiles and links in a simulator do
 * not, so a clicker's Page Down still turns the page after someone clicked "Reset". reveal.js alone
 * only looks at document.activeElement and would steal `o`, `s`, `f`, `b` and the arrows from a field.
 *
 * The speaker view (reveal's notes plugin) forwards its keys as a plain object `{ keyCode }`, not
 * as a KeyboardEvent: it has neither composedPath() nor a target, and always belongs to the deck.
 */
export function deckOwnsKey(event: Pick<KeyboardEvent, 'target'> & Partial<Pick<KeyboardEvent, 'composedPath'>>) {
  const target = typeof event.composedPath === 'function' ? event.composedPath()[0] : event.target;
  if (!(target instanceof HTMLElement)) return true;
  return !(
    target.matches('input:not([type=button], [type=checkbox], [type=radio]), textarea, select') ||
    target.isContentEditable
  );
}

/** What Esc does when the deck has the key (a terminal's own Esc never gets here). */
export type EscapeAction = 'close-overlay' | 'leave-overview' | 'open-overview' | 'nothing';

/**
 * reveal opens the overview on Esc. On a demo slide that throws the speaker out of the demo: the
 * terminal's bar says "Esc returns to the slides", so a second Esc, or one pressed after clicking
 * beside the terminal, must leave the slide where it is. Open overlays and the overview still close.
 */
export function escapeAction(state: { overlayOpen: boolean; overview: boolean; demoSlide: boolean }): EscapeAction {
  if (state.overlayOpen) return 'close-overlay';
  if (state.overview) return 'leave-overview';
  return state.demoSlide ? 'nothing' : 'open-overview';
}
