import { describe, it, expect } from 'vitest';
import { slideNamedBy, slideSizeFor, PHONE_MAX_WIDTH, PHONE_SLIDE, PROJECTOR_SLIDE } from '../../../src/deck/phone.ts';

describe('slideSizeFor', () => {
  it('keeps 16:9 for laptops and projectors', () => {
    expect(slideSizeFor(1280)).toEqual(PROJECTOR_SLIDE);
    expect(slideSizeFor(PHONE_MAX_WIDTH + 1)).toEqual(PROJECTOR_SLIDE);
  });
  it('gives phones a narrower canvas, so type stays readable when scaled down', () => {
    expect(slideSizeFor(375)).toEqual(PHONE_SLIDE);
    expect((375 / PHONE_SLIDE.width) * 40).toBeGreaterThanOrEqual(20);
  });
});

describe('slideNamedBy', () => {
  const root = {
    querySelectorAll: () => [{ id: 'agenda' }, { id: 'try-it-k3os' }],
  } as unknown as ParentNode;
  it('finds the slide a deep link names', () => {
    expect(slideNamedBy('#/try-it-k3os', root)).toEqual({ id: 'try-it-k3os' });
  });
  it('leaves numeric addresses, unknown names and malformed escapes to reveal', () => {
    expect(slideNamedBy('#/7', root)).toBeNull();
    expect(slideNamedBy('#/nope', root)).toBeNull();
    expect(slideNamedBy('#/%E0%A4%A', root)).toBeNull();
    expect(slideNamedBy('', root)).toBeNull();
  });
});
