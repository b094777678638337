/**
 * Which terminal action a key press means. Pure, so the key map is unit-tested without a browser;
 * Enter is left to the form's submit event (it also covers a phone keyboard's "Go").
 */
export type KeyAction = 'history-back' | 'history-forward' | 'complete' | 'clear-screen' | 'cancel-line' | 'leave';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/** `hasSelection`: text is selected in the input, so Ctrl+C means "copy", as everywhere else. */
export function keyAction(e: KeyPress, hasSelection = false): KeyAction | null {
  if (e.isComposing || e.altKey || e.metaKey) return null;
  if (e.ctrlKey) {
    const k = e.key.toLowerCase();
    if (k === 'l' && !e.shiftKey) return 'clear-screen';
    if (k === 'c' && !e.shiftKey && !hasSelection) return 'cancel-line';
    return null;
  }
  switch (e.key) {
    case 'ArrowUp':
      return 'history-back';
    case 'ArrowDown':
      return 'history-forward';
    case 'Tab':
      return e.shiftKey ? null : 'complete';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}
