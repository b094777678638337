import { describe, it, expect } from 'vitest';
import { qrSvg, printedAddress } from '../../../src/deck/qr-svg.ts';

describe('qrSvg', () => {
  it('is an SVG image named by its address', async () => {
    const svg = await qrSvg('https://talks.example.org/coreos/#coreos');
    expect(svg).toMatch(
      /^<svg [^>]*role="img"[^>]*aria-label="QR code: https:\/\/talks\.example\.org\/coreos\/#coreos"/,
    );
    expect(svg).toContain('<title>QR code: https://talks.example.org/coreos/#coreos</title>');
    expect(svg).toContain('viewBox=');
  });
  it('escapes what XML would misread', async () => {
    const svg = await qrSvg('https://talks.example.org/?a=1&b="2"');
    expect(svg).toContain('a=1&amp;b=&quot;2&quot;');
  });
  it('is the same for the same address (a stable build)', async () => {
    expect(await qrSvg('https://a.example/')).toBe(await qrSvg('https://a.example/'));
  });
});

describe('printedAddress', () => {
  it('drops the scheme', () => {
    expect(printedAddress('https://talks.example.org/')).toBe('talks.example.org/');
  });
});
