import { describe, it, expect } from 'vitest';
import { slideAnnouncement } from '../../../src/deck/announcer.ts';

describe('slideAnnouncement', () => {
  it('names the slide by number and heading', () => {
    expect(slideAnnouncement(3, 22, 'CoreOS')).toBe('Slide 3 of 22: CoreOS');
  });
  it("tidies the heading's white space", () => {
    expect(slideAnnouncement(1, 2, '\n  Immutable\n  Linux ')).toBe('Slide 1 of 2: Immutable Linux');
  });
  it('still gives the position when a slide has no heading', () => {
    expect(slideAnnouncement(5, 9, '')).toBe('Slide 5 of 9');
  });
});
