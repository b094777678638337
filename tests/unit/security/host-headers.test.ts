import { describe, expect, it } from 'vitest';
import {
  apacheHeaders,
  hashesOf,
  hostRules,
  netlifyHeaders,
  vercelConfig,
} from '../../../src/security/host-headers.mjs';

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

  it('let only the embeds be framed by another origin, under the base path', () => {
    const r = site('/talk/');
    expect(r.selfFramedPaths).toEqual([
      '/talk/',
      '/talk/index.html',
      '/talk/coreos/',
      '/talk/coreos/index.html',
      '/talk/lab/fcos/',
      '/talk/lab/fcos/index.html',
      '/talk/404.html',
    ]);
    expect(netlifyHeaders(r)).not.toContain('/talk/lab/fcos/embed/');
    expect(apacheHeaders(r)).toContain('<If "%{REQUEST_URI} =~ m#^/talk/lab/[^/]+/embed/#">');
    const vercel = JSON.parse(vercelConfig(r, '/talk/'));
    expect(vercel.headers.map((h: { source: string }) => h.source)).toEqual([
      '/talk/(.*)',
      '/talk/((?!lab/[^/]+/embed/).*)',
      '/talk/lab/:system/embed/(.*)',
    ]);
  });

  it('put the other headers in all three', () => {
    const r = site('/');
    for (const name of ['Permissions-Policy', 'X-Content-Type-Options', 'Referrer-Policy']) {
      expect(netlifyHeaders(r)).toContain(`  ${name}: `);
      expect(apacheHeaders(r)).toContain(`Header always set ${name} "`);
      expect(vercelConfig(r, '/')).toContain(`"key": "${name}"`);
    }
  });
});
