import { describe, it, expect } from 'vitest';
import { escapeAction } from '../../../src/deck/keyboard.ts';

describe('escapeAction', () => {
  it('never opens the overview on a demo slide', () => {
    expect(escapeAction({ overlayOpen: false, overview: false, demoSlide: true })).toBe('nothing');
  });
  it("opens the overview elsewhere, as reveal's Esc does", () => {
    expect(escapeAction({ overlayOpen: false, overview: false, demoSlide: false })).toBe('open-overview');
  });
  it('closes the help or the overview first, on any slide', () => {
    expect(escapeAction({ overlayOpen: true, overview: false, demoSlide: true })).toBe('close-overlay');
    expect(escapeAction({ overlayOpen: false, overview: true, demoSlide: true })).toBe('leave-overview');
  });
});
