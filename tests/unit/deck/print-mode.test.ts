import { describe, it, expect } from 'vitest';
import { printModeFrom, handoutPageHeight } from '../../../src/deck/print-mode.ts';

describe('printModeFrom', () => {
  it('is off for a normal deck address', () => {
    expect(printModeFrom('')).toEqual({ print: false, handout: false });
    expect(printModeFrom('?handout')).toEqual({ print: false, handout: false });
  });
  it('prints for ?view=print and the older ?print-pdf', () => {
    expect(printModeFrom('?view=print')).toEqual({ print: true, handout: false });
    expect(printModeFrom('?print-pdf')).toEqual({ print: true, handout: false });
  });
  it('adds the notes for the handout', () => {
    expect(printModeFrom('?view=print&handout')).toEqual({ print: true, handout: true });
  });
});

describe('handoutPageHeight', () => {
  it('leaves room below the slide for its notes', () => {
    expect(handoutPageHeight(748)).toBeGreaterThan(748 * 1.5);
  });
});
