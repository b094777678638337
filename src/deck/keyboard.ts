/**
 * Decides whether a key press belongs to the deck. Keys typed into a field (a simulator's terminal
 * included, even inside a shadow root) stay with the field; reveal.js alone only looks at
 * document.activeElement and would steal `o`, `s`, `f`, `b` and the arrows.
 */
export function deckOwnsKey(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return true;
  if (target.closest('[data-keys="own"]')) return false;
  return !(target.matches('input, textarea, select') || target.isContentEditable);
}
