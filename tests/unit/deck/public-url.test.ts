import { describe, it, expect } from 'vitest';
import { publicUrl } from '../../../src/deck/public-url.ts';

const site = 'https://talks.example.org/';

describe('publicUrl', () => {
  it('moves a local address of the site to the public site', () => {
    expect(publicUrl('/coreos/#coreos', 'http://127.0.0.1:4321/slides/', '/', site)).toBe(
      'https://talks.example.org/coreos/#coreos',
    );
  });
  it('keeps the base path once', () => {
    expect(
      publicUrl(
        '/immutable-linux/coreos/#coreos',
        'http://localhost:4321/immutable-linux/slides/',
        '/immutable-linux/',
        `${site}immutable-linux/`,
      ),
    ).toBe('https://talks.example.org/immutable-linux/coreos/#coreos');
  });
  it('leaves addresses of other sites alone', () => {
    expect(publicUrl('https://nixos.org/', 'http://127.0.0.1:4321/slides/', '/', site)).toBe('https://nixos.org/');
  });
});
