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
