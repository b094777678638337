/**
 * Accessibility gate: axe-core (the latest, pinned in package.json) with the WCAG 2.2 A and AA
 * rules on every built page: docs pages in the light and the dark theme, the deck on its title
 * slide and on the first slide of each part. Zero violations; accepted findings live only in
 * tests/a11y-exceptions.ts. Then what axe cannot see: visible focus indicators, the simulators
 * for keyboard and screen-reader users, and committed accessibility-tree snapshots.
 */
import { test, expect, type Locator, type Page } from './fixtures.ts';
import { axe } from './axe.ts';
import { A11Y_EXCEPTIONS } from '../a11y-exceptions.ts';
import { builtHtmlFiles, builtPages, docsPages, deckSampleSlides, DECK_PAGE } from './pages.ts';
import { typeLine, waitReady } from './sim-helpers.ts';
import { base } from './site.ts';
import { startOtherOrigin } from './host-headers-server.ts';

/** Violations left after the written-down exceptions, as readable lines. */
async function violations(page: Page, sitePath: string): Promise<string[]> {
  const { violations } = await axe(page).analyze();
  const lines: string[] = [];
  for (const v of violations) {
    for (const node of v.nodes) {
      const target = node.target.join(' ');
      const accepted = A11Y_EXCEPTIONS.some(
        (e) => e.rule === v.id && (!e.pages || e.pages.test(sitePath)) && (!e.target || target.includes(e.target)),
      );
      if (!accepted)
        lines.push(`${sitePath} ${v.id} (${v.impact}): ${target}: ${node.failureSummary?.replace(/\s+/g, ' ')}`);
    }
  }
  return lines;
}

const docs = docsPages();
const others = builtPages().filter((p) => !docs.includes(p) && p !== DECK_PAGE);
// Pages not served as a directory index (404.html) are still pages a visitor can land on.
const loosePages = builtHtmlFiles().filter((f) => !f.endsWith('index.html'));

test.describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  // A full axe scan of a page takes 30-50 s on a loaded 2-core machine with the CPU slowed 4×
  // (npm run test:flaky): three times the usual timeout.
  test.slow();
  test('finds the pages to check', () => {
    expect(docs.length).toBeGreaterThan(1);
    expect(deckSampleSlides().length).toBeGreaterThan(2);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const p of [...docs, ...loosePages]) {
      test(`${p || 'landing page'} in the ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(p);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        expect(await violations(page, `${p} [${scheme}]`)).toEqual([]);
      });
    }
  }

  for (const id of deckSampleSlides()) {
    test(`the deck on slide ${id}`, async ({ page }) => {
      await page.goto(`${DECK_PAGE}#/${id}`);
      await page.waitForFunction(() => (window as any).deck?.isReady());
      await expect.poll(() => page.evaluate(() => (window as any).deck.getCurrentSlide().id)).toBe(id);
      // Let the slide transition finish, so axe sees the slide as the audience does.
      await page.waitForFunction(
        () => !document.querySelector('.reveal .slides section.present')?.getAnimations({ subtree: true }).length,
      );
      expect(await violations(page, `${DECK_PAGE}#/${id}`)).toEqual([]);
    });
  }

  for (const p of others) {
    test(`${p}`, async ({ page }) => {
      await page.goto(p);
      expect(await violations(page, p)).toEqual([]);
    });
  }
});

/**
 * Focus indicators: each kind of control, focused from the keyboard, must change enough pixels
 * around it by at least 3:1 against what was there before (a 2 px ring around its perimeter at
 * least), measured on two screenshots of the same spot. Covers the docs (both themes), the lab and
 * the deck, the deck's previous/next controls included.
 */
test.describe('focus indicators', () => {
  // Two screenshots and a pixel comparison per control, up to ten controls a test: as slow as a scan.
  test.slow();
  /** Pixels whose colour changed by at least 3:1 between two screenshots of the same clip. */
  async function contrastChange(page: Page, before: Buffer, after: Buffer): Promise<number> {
    return page.evaluate(
      async ([a, b]) => {
        const pixels = async (b64: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height).data;
        };
        const lum = (d: Uint8ClampedArray, i: number) => {
          const c = [d[i], d[i + 1], d[i + 2]].map((v) => {
            const s = v / 255;
            return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        };
        const [p, q] = [await pixels(a), await pixels(b)];
        let changed = 0;
        for (let i = 0; i < p.length; i += 4) {
          const [l1, l2] = [lum(p, i), lum(q, i)].sort((x, y) => y - x);
          if ((l1 + 0.05) / (l2 + 0.05) >= 3) changed++;
        }
        return changed;
      },
      [before.toString('base64'), after.toString('base64')],
    );
  }

  /** `ringOn`: the element that shows the indicator when it is not the control (the terminal's screen). */
  async function expectVisibleFocus(page: Page, control: Locator, what: string, ringOn: Locator = control) {
    await control.scrollIntoViewIfNeeded();
    await expect(control, what).toBeVisible();
    await page.mouse.move(0, 0);
    // Keyboard modality first, so the focus below counts as keyboard focus (:focus-visible).
    await page.keyboard.press('Shift');
    const box = (await ringOn.boundingBox())!;
    const view = page.viewportSize()!;
    const pad = 8;
    const x = Math.max(0, box.x - pad);
    const y = Math.max(0, box.y - pad);
    const clip = {
      x,
      y,
      width: Math.min(view.width, box.x + box.width + pad) - x,
      height: Math.min(view.height, box.y + box.height + pad) - y,
    };
    const before = await page.screenshot({ clip, animations: 'disabled' });
    await control.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
    await expect
      .poll(() => control.evaluate((el) => el.matches(':focus-visible')), `${what} has keyboard focus`)
      .toBe(true);
    const after = await page.screenshot({ clip, animations: 'disabled' });
    const perimeter = 2 * (box.width + box.height);
    const changed = await contrastChange(page, before, after);
    expect(
      changed,
      `${what}: pixels changed by ≥ 3:1 (a 2 px ring is ${Math.round(2 * perimeter)})`,
    ).toBeGreaterThanOrEqual(2 * perimeter);
    await control.evaluate((el: HTMLElement) => el.blur());
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`docs controls in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('coreos/');
      const sim = page.locator('sim-machine').first();
      await sim.scrollIntoViewIfNeeded();
      await expect(sim).toHaveAttribute('data-ready', /\d+/);
      const controls: [string, Locator, Locator?][] = [
        ['search button', page.locator('site-search button[data-open-modal]')],
        ['theme select', page.locator('starlight-theme-select select').first()],
        ['sidebar link', page.locator('nav[aria-label="Main"] a').first()],
        ['table of contents link', page.locator('starlight-toc a').first()],
        ['link in the text', page.locator('.sl-markdown-content p a').first()],
        ['pagination link', page.locator('.pagination-links a').first()],
        ['terminal button', sim.getByRole('button', { name: 'Reset', exact: true })],
        ['terminal input', sim.locator('[data-sim-input]'), sim.locator('.sim-screen')],
        ['tour Run button', sim.locator('[data-sim-step] button').first()],
        ['transcript summary', sim.locator('details.sim-transcript summary')],
      ];
      for (const [what, control, ringOn] of controls) await expectVisibleFocus(page, control, what, ringOn);
    });
  }

  test('lab controls', async ({ page }) => {
    await page.goto('lab/fcos/');
    const sim = page.locator('sim-machine');
    await expect(sim).toHaveAttribute('data-ready', /\d+/);
    await expectVisibleFocus(page, sim.getByRole('button', { name: 'Share', exact: true }), 'Share button');
    await expectVisibleFocus(page, sim.locator('[data-sim-fsmap] button').first(), 'file-system map entry');
    await expectVisibleFocus(page, sim.getByRole('button', { name: 'Start the tour' }), 'tour button');
    await expectVisibleFocus(page, page.locator('details.lab-embed summary'), 'embed snippet summary');
  });

  test('the embed page', async ({ page }) => {
    await page.goto('lab/fcos/embed/');
    const sim = page.locator('sim-machine');
    await expect(sim).toHaveAttribute('data-ready', /\d+/);
    await expectVisibleFocus(page, page.getByRole('link', { name: /Open in the lab/ }), 'link to the lab');
    await expectVisibleFocus(page, sim.getByRole('button', { name: 'Copy transcript' }), 'Copy button');
  });

  for (const theme of ['dark', 'light'] as const) {
    test(`deck controls in the ${theme} projector theme`, async ({ page }) => {
      await page.goto(`${DECK_PAGE}#/coreos`);
      await page.waitForFunction(() => (window as any).deck?.isReady());
      if (theme === 'light') await page.keyboard.press('t');
      await expect(page.locator('html')).toHaveAttribute('data-deck-theme', theme);
      await expectVisibleFocus(page, page.locator('.reveal .controls .navigate-left'), 'previous slide control');
      await expectVisibleFocus(page, page.locator('.reveal .controls .navigate-right'), 'next slide control');
      await expectVisibleFocus(page, page.locator('.deck-toolbar button').first(), 'toolbar button');
      // A slide with links in its text (the closing slide's sources).
      await page.evaluate(() => (window as any).deck.slide((window as any).deck.getTotalSlides() - 1));
      const link = page.locator('.reveal .slides section.present a[href]').filter({ visible: true }).first();
      await expectVisibleFocus(page, link, 'link on a slide');
    });
  }
});

/** What screen-reader users hear from the simulators, and how keyboard users get around them. */
test.describe('simulators for keyboard and screen-reader users', () => {
  /**
   * Records the text added inside live log regions (role="log") that were already on the page:
   * what a screen reader would read out. A log element inserted whole is not counted (not announced).
   */
  async function recordLogAnnouncements(page: Page) {
    await page.addInitScript(() => {
      (window as any).__logAnnounced = [];
      new MutationObserver((records) => {
        for (const r of records) {
          if (!(r.target instanceof Element) || !r.target.closest('[role="log"]')) continue;
          for (const n of r.addedNodes) if (n.textContent) (window as any).__logAnnounced.push(n.textContent);
        }
      }).observe(document, { childList: true, subtree: true });
    });
    return () => page.evaluate(() => (window as any).__logAnnounced as string[]);
  }

  test('a pending question is written to the log, names the input and is answered from the keyboard', async ({
    page,
  }) => {
    await page.goto('lab/microos/');
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    await typeLine(page, sim, 'sudo transactional-update pkg install htop');
    const log = sim.getByRole('log');
    await expect(log).toContainText('Question: Continue? [y/n/v/...? shows all options] (y):');
    const answer = sim.getByRole('textbox', { name: /^Answer: Continue\?/ });
    await expect(answer).toBeFocused();
    await page.keyboard.type('y');
    await page.keyboard.press('Enter');
    await expect(sim.getByRole('textbox', { name: 'Command' })).toBeFocused();
    await expect(log).not.toContainText('Question:');
    await expect(sim.locator('.sim-entry').last()).toContainText('Continue? [y/n/v/...? shows all options] (y): y');
  });

  test('restoring a share link announces one line, not the transcript', async ({ page, context }) => {
    await page.goto('lab/fcos/');
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    for (const line of ['rpm-ostree status', 'sudo touch /usr/bin/foo', 'ls /usr']) await typeLine(page, sim, line);
    await sim.getByRole('button', { name: 'Share', exact: true }).click();
    const link = sim.locator('[data-sim-share-url]');
    await expect(link).toHaveValue(/#s=/);
    const restored = await context.newPage();
    const announced = await recordLogAnnouncements(restored);
    await restored.goto(await link.inputValue());
    const again = restored.locator('sim-machine');
    await expect(again.getByRole('status')).toHaveText(/restored/);
    await expect(again.locator('.sim-entry')).toHaveCount(3);
    expect(await announced()).toEqual([]);
  });

  test('Reset and Ctrl+L say what happened, every time', async ({ page }) => {
    await page.goto('lab/fcos/');
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    await typeLine(page, sim, 'ls /');
    const status = sim.getByRole('status');
    await page.keyboard.press('Control+l');
    await expect(status).toHaveText(/^The screen was cleared; the machine is unchanged\./);
    const first = await status.textContent();
    await page.keyboard.press('Control+l');
    // The same news again must be a change of the live region, or it is not read again.
    await expect.poll(() => status.textContent()).not.toBe(first);
    await expect(status).toHaveText(/^The screen was cleared/);
    await sim.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(status).toHaveText('The machine was reset.');
  });

  test('the terminal says how to leave it, and Esc then Tab moves on', async ({ page }) => {
    await page.goto('lab/fcos/');
    await expect(page.locator('main')).toContainText('Esc leaves the terminal');
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    const input = sim.getByRole('textbox', { name: 'Command' });
    await expect(input).toHaveAccessibleDescription(/Esc leaves the terminal/);
    await expect(sim.locator('.sim-keys-hint')).toBeVisible();
    await input.focus();
    await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(input).not.toBeFocused();
    // Focus went on from the terminal, not back to the top of the page.
    expect(
      await page.evaluate(() => {
        const t = document.querySelector('sim-machine [data-sim-input]')!;
        const a = document.activeElement!;
        return a !== document.body && !!(t.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
  });

  test('in a cross-origin embed, Copy and Share keep keyboard focus', async ({ page, baseURL }) => {
    const other = await startOtherOrigin(
      `<!doctype html><title>Someone's docs</title><iframe title="sim" width="900" height="700" src="${baseURL}lab/fcos/embed/"></iframe>`,
    );
    await page.goto(other.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('sim-machine')).toHaveAttribute('data-ready', /\d+/);
    for (const [name, said] of [
      ['Copy transcript', /transcript/i],
      ['Share', /link/i],
    ] as const) {
      const button = frame.getByRole('button', { name, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(frame.getByRole('status')).toHaveText(said);
      await expect(button).toBeFocused();
    }
    await other.close();
  });
});

/**
 * What a screen reader gets, as Playwright's accessibility-tree snapshots, committed beside this
 * spec (a11y.spec.ts-snapshots/*.aria.yml): names, roles and live regions change only on review.
 * Update with `npx playwright test tests/e2e/a11y.spec.ts -g "accessibility tree" --update-snapshots`.
 */
test.describe('accessibility tree', () => {
  /** The snapshot with the base path taken out of link addresses, so it holds under any BASE_PATH. */
  async function tree(locator: Locator): Promise<string> {
    const text = await locator.ariaSnapshot();
    return `${text.replaceAll(`/url: ${base}`, '/url: /')}\n`;
  }

  test('a deck slide', async ({ page }) => {
    await page.goto(`${DECK_PAGE}#/coreos`);
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const slide = page.locator('.reveal .slides section.present').last();
    await expect(slide).toHaveAttribute('data-slide', 'coreos');
    expect(await tree(slide)).toMatchSnapshot('deck-slide.aria.yml');
  });

  test('a docs page with a simulator', async ({ page }) => {
    await page.goto('coreos/');
    const sim = page.locator('sim-machine').first();
    await sim.scrollIntoViewIfNeeded();
    await waitReady(sim);
    expect(await tree(sim)).toMatchSnapshot('docs-simulator.aria.yml');
  });

  test('the lab mid-session', async ({ page }) => {
    await page.goto('lab/microos/');
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    await typeLine(page, sim, 'sudo touch /usr/bin/foo');
    await typeLine(page, sim, 'sudo transactional-update pkg install htop');
    await expect(sim.getByRole('textbox', { name: /^Answer:/ })).toBeFocused();
    expect(await tree(sim)).toMatchSnapshot('lab-mid-session.aria.yml');
  });
});
