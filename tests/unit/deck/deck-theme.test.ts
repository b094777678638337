import { describe, it, expect } from 'vitest';
import { parseTheme, otherTheme } from '../../../src/deck/deck-theme.ts';

describe('projector theme', () => {
  it('reads a stored choice, dark when there is none or it is unknown', () => {
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme(null)).toBe('dark');
    expect(parseTheme('sepia')).toBe('dark');
  });
  it('switches between the two', () => {
    expect(otherTheme('dark')).toBe('light');
    expect(otherTheme('light')).toBe('dark');
  });
});
