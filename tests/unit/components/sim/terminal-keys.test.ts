import { describe, expect, it } from 'vitest';
import { keyAction } from '../../../../src/components/sim/terminal-keys.ts';

const press = (
  key: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; isComposing: boolean }> = {},
) => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('terminal key map', () => {
  it('maps the readline keys', () => {
    expect(keyAction(press('ArrowUp'))).toBe('history-back');
    expect(keyAction(press('ArrowDown'))).toBe('history-forward');
    expect(keyAction(press('Tab'))).toBe('complete');
    expect(keyAction(press('l', { ctrlKey: true }))).toBe('clear-screen');
    expect(keyAction(press('L', { ctrlKey: true, shiftKey: true }))).toBe(null); // Ctrl+Shift+L is not Ctrl+L
    expect(keyAction(press('L', { ctrlKey: true }))).toBe('clear-screen'); // Caps Lock on
    expect(keyAction(press('c', { ctrlKey: true }))).toBe('cancel-line');
    expect(keyAction(press('Escape'))).toBe('leave');
  });

  it('leaves copying, Shift+Tab, typing and IME composition alone', () => {
    expect(keyAction(press('c', { ctrlKey: true }), true)).toBe(null);
    expect(keyAction(press('Tab', { shiftKey: true }))).toBe(null);
    for (const k of ['o', 's', 'f', 'b', ' ', 'ArrowLeft', 'ArrowRight', 'Enter'])
      expect(keyAction(press(k))).toBe(null);
    expect(keyAction(press('ArrowUp', { isComposing: true }))).toBe(null);
    expect(keyAction(press('l', { metaKey: true }))).toBe(null);
  });
});
