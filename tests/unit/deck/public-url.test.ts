import { describe, it, expect } from 'vitest';
import { publicAddress } from '../../../src/deck/public-url.ts';

describe('publicAddress', () => {
  it("puts a page of this site at the site's public address", () => {
    expect(publicAddress('/coreos/#coreos', 'https://talks.example.org')).toBe(
      'https://talks.example.org/coreos/#coreos',
    );
    expect(publicAddress('/', new URL('https://talks.example.org'))).toBe('https://talks.example.org/');
  });
  it('keeps the base path once', () => {
    expect(publicAddress('/immutable-linux/coreos/#coreos', 'https://talks.example.org')).toBe(
      'https://talks.example.org/immutable-linux/coreos/#coreos',
    );
  });
  it('leaves addresses of other sites alone', () => {
    expect(publicAddress('https://nixos.org/', 'https://talks.example.org')).toBe('https://nixos.org/');
  });
  it('refuses to guess when the site has no address', () => {
    expect(() => publicAddress('/coreos/', undefined)).toThrow(/SITE_URL/);
  });
});
