/**
 * CSP gate: every page carries a Content-Security-Policy <meta> that allows no other origin and
 * no inline event handlers, and nothing on the page (search, the deck and its speaker view, the
 * simulators) trips it. The static-host header files carry the header policy.
 */
import { test, expect, type BrowserContext, type Page } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtmlFile } from '../../scripts/html-dom.mjs';
import { HEADER_POLICY } from '../../src/security/csp.mjs';
import { builtHtmlFiles, builtPages, DECK_PAGE } from './pages.ts';
import { openSearch } from './search.ts';
import { distDir } from './site.ts';

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

  test('the static-host header files carry the header policy', () => {
    expectStrictPolicy(HEADER_POLICY, 'HEADER_POLICY');
    expect(readFileSync('public/_headers', 'utf8')).toContain(`Content-Security-Policy: ${HEADER_POLICY}\n`);
    expect(readFileSync('public/.htaccess', 'utf8')).toContain(`Content-Security-Policy "${HEADER_POLICY}"`);
    const vercel = JSON.parse(readFileSync('vercel.json', 'utf8'));
    expect(vercel.headers[0].headers).toContainEqual({ key: 'Content-Security-Policy', value: HEADER_POLICY });
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
    test(`no CSP violation on ${p || 'the landing page'}`, async ({ page, context }) => {
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
