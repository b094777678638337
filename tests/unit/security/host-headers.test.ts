import { describe, expect, it } from 'vitest';
import {
  apacheHeaders,
  hashesOf,
  hostRules,
  netlifyHeaders,
  vercelConfig,
} from '../../../src/security/host-headers.mjs';
import { HOSTS, type Host, headersFor, parseHeadersFile } from '../../e2e/host-headers-server.ts';

const meta = (script: string[], style: string[]) =>
  `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${script.join(' ')}; script-src-attr 'none'; style-src 'self' ${style.join(' ')}; style-src-attr 'unsafe-inline'`;

const site = (base: string) =>
  hostRules({
    base,
    pages: ['', 'coreos/', 'lab/fcos/', 'lab/fcos/embed/', '404.html'],
    policies: [meta(["'sha256-a='"], ["'sha256-s='"]), meta(["'sha256-b='", "'sha256-a='"], [])],
  });

describe('host header files', () => {
  it('carry the union of the pages’ hashes, and no unsafe-inline for scripts', () => {
    const r = site('/');
    expect(hashesOf(r.policy, 'script-src')).toEqual(["'sha256-a='", "'sha256-b='"]);
    expect(hashesOf(r.policy, 'style-src')).toEqual(["'sha256-s='"]);
    expect(r.policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(r.selfFramedPolicy).toBe(`${r.policy}; frame-ancestors 'self'`);
  });

  it('let only the embeds be framed by another origin, under the base path, on Netlify and Cloudflare Pages', () => {
    const r = site('/talk/');
    const rules = parseHeadersFile(netlifyHeaders(r));
    const policyAt = (p: string, host: Host) => headersFor(rules, p, host)['Content-Security-Policy'];
    for (const host of HOSTS) {
      // Pages, assets and a 404 at any missing path, inside the base path or not.
      for (const p of ['/talk/', '/talk/coreos/', '/talk/lab/fcos/', '/talk/_astro/x.js', '/talk/no/such/', '/nope'])
        expect(policyAt(p, host), `${host} ${p}`).toBe(r.selfFramedPolicy);
      for (const p of ['/talk/lab/fcos/embed/', '/talk/lab/nixos/embed/index.html'])
        expect(policyAt(p, host), `${host} ${p}`).toBe(r.policy);
    }
    expect(netlifyHeaders(r)).not.toContain('X-Frame-Options');
    expect(apacheHeaders(r)).toContain('<If "%{REQUEST_URI} =~ m#^/talk/lab/[^/]+/embed/#">');
    const vercel = JSON.parse(vercelConfig(r));
    expect(vercel.headers.map((h: { source: string }) => h.source)).toEqual([
      '/(.*)',
      '/((?!talk/lab/[^/]+/embed/).*)',
      '/talk/lab/:system/embed/(.*)',
    ]);
  });

  it("leave the embeds' rule out of a site without embeds", () => {
    const r = hostRules({ base: '/', pages: ['', 'coreos/'], policies: [meta([], [])] });
    expect(netlifyHeaders(r)).not.toContain('embed');
    expect(
      headersFor(parseHeadersFile(netlifyHeaders(r)), '/lab/x/embed/', 'cloudflare')['Content-Security-Policy'],
    ).toBe(r.selfFramedPolicy);
  });

  it('put the other headers in all three', () => {
    const r = site('/');
    for (const name of ['Permissions-Policy', 'X-Content-Type-Options', 'Referrer-Policy']) {
      expect(netlifyHeaders(r)).toContain(`  ${name}: `);
      expect(apacheHeaders(r)).toContain(`Header always set ${name} "`);
      expect(vercelConfig(r)).toContain(`"key": "${name}"`);
    }
  });
});
