import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, siteUrlFrom } from '../../../src/deck/site-url.ts';

describe('siteUrlFrom', () => {
  it('takes the origin of the public address', () => {
    const warnings: string[] = [];
    expect(siteUrlFrom('https://talks.example.org/some/path/', (m) => warnings.push(m))).toBe(
      'https://talks.example.org',
    );
    expect(warnings).toEqual([]);
  });

  it('without SITE_URL uses a visibly local address and says how to set the public one', () => {
    const warnings: string[] = [];
    for (const unset of [undefined, '', '  ']) expect(siteUrlFrom(unset, (m) => warnings.push(m))).toBe(LOCAL_SITE_URL);
    expect(LOCAL_SITE_URL).toMatch(/^http:\/\/localhost:\d+$/);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toContain('SITE_URL');
    expect(warnings[0]).toContain(LOCAL_SITE_URL);
  });

  it('refuses what is not a web address, naming SITE_URL', () => {
    expect(() => siteUrlFrom('talks.example.org', () => {})).toThrow(/SITE_URL="talks.example.org"/);
    expect(() => siteUrlFrom('ftp://talks.example.org', () => {})).toThrow(/SITE_URL=.*https:\/\//);
  });
});
