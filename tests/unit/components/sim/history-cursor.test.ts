import { describe, expect, it } from 'vitest';
import { HistoryCursor } from '../../../../src/components/sim/history-cursor.ts';

describe('history cursor', () => {
  it('walks back and forth and returns to the draft', () => {
    const h = new HistoryCursor();
    const lines = ['ls', 'touch /usr/x', 'reboot'];
    expect(h.back(lines, 'dra')).toBe('reboot');
    expect(h.back(lines, 'reboot')).toBe('touch /usr/x');
    expect(h.back(lines, '')).toBe('ls');
    expect(h.back(lines, '')).toBeNull();
    expect(h.forward(lines)).toBe('touch /usr/x');
    expect(h.forward(lines)).toBe('reboot');
    expect(h.forward(lines)).toBe('dra');
    expect(h.forward(lines)).toBeNull();
  });

  it('has nothing to offer on an empty history', () => {
    const h = new HistoryCursor();
    expect(h.back([], 'x')).toBeNull();
    expect(h.forward([])).toBeNull();
  });
});
