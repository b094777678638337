/**
 * CSP gate: every page carries a Content-Security-Policy <meta> that allows no other origin and
 * no inline event handlers, and nothing on the page (search, the deck and its speaker view, the
 * simulators) trips it. The generated static-host header files carry the same hashes (no
 * 'unsafe-inline' for scripts), and only the simulator embeds may be framed by another origin,
 * checked with a local server that applies the generated _headers.
 */
import { test, expect, type BrowserContext, type Page } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtmlFile } from '../../scripts/html-dom.mjs';
import { EMBED_PATH } from '../../src/security/csp.mjs';
import { hashesOf } from '../../src/security/host-headers.mjs';
import { HOSTS, headersFor, parseHeadersFile, startHeaderServer, startOtherOrigin } from './host-headers-server.ts';
import { builtHtmlFiles, builtPages, DECK_PAGE } from './pages.ts';
import { openSearch } from './search.ts';
import { base, distDir } from './site.ts';

/** The root vercel.json as committed (HEAD); the working copy outside a git checkout. */
function committedVercelJson(): string {
  try {
    return execFileSync('git', ['show', 'HEAD:vercel.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return readFileSync('vercel.json', 'utf8');
  }
}

/** Directive name -> its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** Sources that would let another origin in: hosts, schemes other than data:, wildcards. */
const foreignSources = (sources: string[]) => sources.filter((s) => !s.startsWith("'") && s !== 'data:');

function expectStrictPolicy(policy: string, where: string) {
  const d = parsePolicy(policy);
  expect(d.get('default-src'), `${where}: default-src`).toEqual(["'self'"]);
  for (const [name, sources] of d)
    expect(foreignSources(sources), `${where}: ${name} allows no other origin`).toEqual([]);
  expect(d.get('script-src-attr'), `${where}: no inline event handlers`).toEqual(["'none'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('script-src') ?? [], `${where}: no eval`).not.toContain("'unsafe-eval'");
}

/** Collects CSP violations from every page and frame of the context, popups included. */
async function watchViolations(context: BrowserContext): Promise<string[]> {
  const found: string[] = [];
  context.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) found.push(`${msg.page()?.url()}: ${msg.text()}`);
  });
  await context.exposeBinding('__reportCspViolation', ({ frame }, text: string) =>
    found.push(`${frame.url()}: ${text}`),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  return found;
}

const settle = (page: Page) => page.waitForLoadState('networkidle');

test.describe('content security policy', () => {
  test('every built page carries a strict policy in a <meta>', () => {
    const files = builtHtmlFiles();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const doc = parseHtmlFile(path.join(distDir, file));
      const meta = doc
        .querySelectorAll('meta[http-equiv]')
        .find((m) => String(m.getAttributeValue('http-equiv')).toLowerCase() === 'content-security-policy');
      expect(meta, `${file} has a CSP <meta>`).toBeTruthy();
      expectStrictPolicy(String(meta!.getAttributeValue('content')), file);
      // Browsers honour a CSP <meta> only in <head>. (Starlight's theme script precedes it there; it
      // is hashed in the policy anyway, and anything added later, in <body> or by script, is covered.)
      expect(meta!.parent?.tagName, `${file}: CSP <meta> in <head>`).toBe('head');
    }
  });

  test("the generated host files carry the pages' hashes, no unsafe-inline for scripts, and framing rules", {
    tag: '@base',
  }, () => {
    const metas = builtHtmlFiles().map((f) => {
      const html = readFileSync(path.join(distDir, f), 'utf8');
      const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i)?.[1] ?? '';
      return { file: f, policy: policy.replaceAll('&#39;', "'").replaceAll('&quot;', '"') };
    });
    const union = (directive: string) => [...new Set(metas.flatMap((m) => hashesOf(m.policy, directive)))].sort();
    expect(union('script-src').length).toBeGreaterThan(3);

    const rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
    const netlify = (p: string) => headersFor(rules, `${base}${p}`, 'netlify');
    const cloudflare = (p: string) => headersFor(rules, `${base}${p}`, 'cloudflare');
    const htaccess = readFileSync(path.join(distDir, '.htaccess'), 'utf8');
    const vercelText = readFileSync(path.join(distDir, 'vercel.json'), 'utf8');
    const vercel: { headers: { source: string; headers: { key: string; value: string }[] }[] } = JSON.parse(vercelText);
    const vercelPolicies = vercel.headers.flatMap((r) =>
      r.headers.filter((h) => h.key === 'Content-Security-Policy').map((h) => h.value),
    );
    const apachePolicies = [...htaccess.matchAll(/Content-Security-Policy "([^"]*)"/g)].map((m) => m[1]);
    const every = (p: string) => netlify(p)['Content-Security-Policy'];
    const embed = builtPages().find((p) => EMBED_PATH.test(p)) ?? '';
    const policies = { _headers: [every(''), every(embed)], apache: apachePolicies, vercel: vercelPolicies };
    for (const [host, list] of Object.entries(policies)) {
      expect(list.length, `${host}: a policy`).toBeGreaterThan(0);
      for (const policy of list) {
        expectStrictPolicy(policy, host);
        expect(policy, `${host}: no 'unsafe-inline'`).not.toMatch(/script-src[^;]*'unsafe-inline'/);
        expect(hashesOf(policy, 'script-src'), `${host}: the pages' script hashes`).toEqual(union('script-src'));
        expect(hashesOf(policy, 'style-src'), `${host}: the pages' style hashes`).toEqual(union('style-src'));
      }
    }
    // Every page's <meta> hashes are in the header policy that page gets.
    for (const m of metas)
      for (const h of hashesOf(m.policy, 'script-src')) expect(every(m.file), `${m.file}: ${h}`).toContain(h);

    // Framing: the site itself only, except the simulator embeds; a missing path's 404 too.
    for (const p of [...builtPages(), 'no/such/page/'])
      for (const csp of [netlify(p)['Content-Security-Policy'], cloudflare(p)['Content-Security-Policy']]) {
        if (EMBED_PATH.test(p)) expect(csp, `${p} may be framed anywhere`).not.toContain('frame-ancestors');
        else expect(csp, `${p} may be framed by the site only`).toContain("frame-ancestors 'self'");
      }
    expect(htaccess).toContain("frame-ancestors 'self'");
    expect(htaccess).toMatch(/<If "%\{REQUEST_URI\} =~ m#\^[^#]*lab\/\[\^\/\]\+\/embed\/#">/);

    // The other headers, in all three.
    for (const name of ['Permissions-Policy', 'X-Content-Type-Options', 'Referrer-Policy']) {
      expect(netlify('')[name], `_headers: ${name}`).toBeTruthy();
      expect(htaccess, `.htaccess: ${name}`).toContain(`Header always set ${name} "${netlify('')[name]}"`);
      expect(vercel.headers[0].headers, `vercel.json: ${name}`).toContainEqual({ key: name, value: netlify('')[name] });
    }
    // Vercel reads vercel.json from the repository: the committed one must be the generated one (root
    // builds). The build has just rewritten the working copy, so the comparison is with the commit.
    if (base === '/')
      expect(committedVercelJson(), 'vercel.json as committed: commit the one the build wrote').toBe(vercelText);
  });

  test('the policy refuses inline handlers and inline scripts, popups included, and the test sees it', async ({
    page,
    context,
  }) => {
    const violations = await watchViolations(context);
    await page.goto(DECK_PAGE);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onload="window.__handlerRan = 1">');
      const popup = window.open('about:blank', 'csp-probe');
      popup?.document.write('<p>probe</p><script>window.opener.__popupScriptRan = 1</script>');
      popup?.document.close();
    });
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => [(window as any).__handlerRan, (window as any).__popupScriptRan])).toEqual([
      undefined,
      undefined,
    ]);
  });

  for (const p of [...builtPages(), ...builtHtmlFiles().filter((f) => !f.endsWith('index.html'))]) {
    test(`no CSP violation on ${p || 'the landing page'}`, { tag: '@base' }, async ({ page, context }) => {
      const violations = await watchViolations(context);
      await page.goto(p);
      await settle(page);
      expect(violations).toEqual([]);
    });
  }

  test('search (Pagefind, WebAssembly) works under the policy', async ({ page, context }) => {
    const violations = await watchViolations(context);
    await page.goto('coreos/');
    const input = await openSearch(page);
    await input.fill('rollback');
    await expect(page.locator('#starlight__search .pagefind-ui__result').first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('the deck and its speaker view work under the policy', async ({ page, context }) => {
    const violations = await watchViolations(context);
    await page.goto(`${DECK_PAGE}#/immutability`);
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    // The popup's inline script ran: it connected, built the previews and shows the notes.
    await expect(speaker.locator('.speaker-controls-notes .value')).toContainText(/\w/);
    await expect(speaker.locator('#current-slide iframe')).toBeAttached();
    await expect(speaker.locator('#connection-status')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(speaker.locator('.speaker-controls-notes .value')).toContainText(/\w/);
    await settle(speaker);
    expect(violations).toEqual([]);
  });
});

for (const host of HOSTS)
  test.describe(`served with the generated headers, as ${host} would`, { tag: '@base' }, () => {
    let server: Awaited<ReturnType<typeof startHeaderServer>>;
    test.beforeAll(async () => {
      server = await startHeaderServer(distDir, base, host);
    });
    test.afterAll(() => server.close());

    /** Frames each page in a parent page (from another origin, or the site's own); returns the pages that loaded. */
    async function framedPages(page: Page, from: 'another origin' | 'the site', pages: string[]): Promise<string[]> {
      const frames = pages.map((p, i) => `<iframe id="f${i}" title="${i}" src="${server.origin}${base}${p}"></iframe>`);
      const body = `<!doctype html><title>probe</title>${frames.join('')}`;
      const other = from === 'another origin' ? await startOtherOrigin(body) : null;
      const parent = other?.url ?? `${server.origin}/framing-probe.html`;
      // The site's own page: fulfilled in place (the header server has no such page).
      if (!other) await page.route(parent, (route) => route.fulfill({ contentType: 'text/html', body }));
      // The parent's load event waits for every frame, refused ones included.
      await page.goto(parent);
      const loaded: string[] = [];
      for (const [i, p] of pages.entries()) {
        const frame = await (await page.locator(`#f${i}`).elementHandle())?.contentFrame();
        // A page refused by frame-ancestors is replaced by the browser's error page (chrome-error://).
        if (frame?.url().startsWith(`${server.origin}${base}${p}`) && (await frame.title())) loaded.push(p);
      }
      await other?.close();
      return loaded;
    }

    test('another origin may frame the simulator embeds and nothing else, a 404 included', async ({ page }) => {
      const pages = [...builtPages(), 'no/such/page/'];
      const embeds = pages.filter((p) => EMBED_PATH.test(p));
      expect(embeds.length).toBeGreaterThan(0);
      expect(await framedPages(page, 'another origin', pages)).toEqual(embeds);
    });

    test('the site itself may frame its pages', async ({ page }) => {
      const sample = ['', 'coreos/', DECK_PAGE, 'lab/fcos/', 'no/such/page/'];
      expect(await framedPages(page, 'the site', sample)).toEqual(sample);
    });
  });

// The pages get the same policies on both hosts (tests/unit/security/host-headers.test.ts): one is enough here.
test.describe('served with the generated headers', { tag: '@base' }, () => {
  let server: Awaited<ReturnType<typeof startHeaderServer>>;
  test.beforeAll(async () => {
    server = await startHeaderServer(distDir, base, 'cloudflare');
  });
  test.afterAll(() => server.close());

  for (const p of ['', 'coreos/', 'lab/fcos/', 'lab/fcos/embed/']) {
    test(`no CSP violation with the header policy on ${p || 'the landing page'}`, async ({ page, context }) => {
      const violations = await watchViolations(context);
      const response = await page.goto(`${server.origin}${base}${p}`);
      expect(response?.headers()['content-security-policy']).toContain('sha256-');
      await settle(page);
      expect(violations).toEqual([]);
    });
  }

  test('the deck and its speaker view work with the header policy', async ({ page, context }) => {
    const violations = await watchViolations(context);
    await page.goto(`${server.origin}${base}${DECK_PAGE}#/immutability`);
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(speaker.locator('.speaker-controls-notes .value')).toContainText(/\w/);
    await expect(speaker.locator('#connection-status')).toBeHidden();
    await settle(speaker);
    expect(violations).toEqual([]);
  });
});
