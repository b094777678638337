/**
 * The articles' wiring (issue 7): glossary anchors and links, fact-check asides with sources, the
 * comparison table in both views from one data module, the "Since this talk" slide, narration on
 * every slide, and a references page that lists every external link of the articles.
 */
import { test, expect, type Page } from './fixtures.ts';
import { GLOSSARY, glossarySlug } from '../../src/data/glossary.ts';
import { COMPARED_SYSTEMS, COMPARISON } from '../../src/data/comparison.ts';
import { base } from './site.ts';
import { talkParts } from './outline.ts';

/** The docs pages of the talk, in reading order, as the build made them. */
const TALK_PAGES = talkParts().map(([slug]) => slug);

const ready = (page: Page) => page.waitForFunction(() => (window as any).deck?.isReady());

test.describe('articles', () => {
  test('every glossary term has its own anchor and is linked from at least one page', async ({ page }) => {
    const linked = new Set<string>();
    for (const slug of TALK_PAGES) {
      await page.goto(`${slug}/`);
      const hrefs = await page
        .locator('.sl-markdown-content a[href*="/glossary/#"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) {
        expect(href.startsWith(`${base}glossary/#`), href).toBe(true);
        linked.add(href.split('#')[1]);
      }
    }
    await page.goto('glossary/');
    for (const term of GLOSSARY) {
      const slug = glossarySlug(term.term);
      await expect(page.locator(`dt#${slug}`), term.term).toHaveText(term.term);
      expect(linked.has(slug), `"${term.term}" is linked from some page`).toBe(true);
    }
  });

  test('the glossary has an A-Z index in its ToC and links back to the pages that use each term', async ({ page }) => {
    await page.goto('glossary/');
    const toc = page.locator('starlight-toc');
    await expect(toc.getByRole('link', { name: 'O', exact: true })).toHaveAttribute('href', '#letter-o');
    await expect(page.locator('section.glossary-letter h2#letter-o')).toHaveText('O');
    const uses = page.locator('dt#ostree + dd .glossary-uses a');
    await expect(uses.filter({ hasText: 'Fedora CoreOS' })).toHaveAttribute('href', `${base}coreos/`);
  });

  test('a glossary link previews its definition on hover and focus, for keyboard and screen readers', async ({
    page,
  }) => {
    await page.goto('coreos/');
    const link = page.locator('.sl-markdown-content a.glossary-link[data-glossary="ostree"]');
    await expect(link).toHaveAttribute('aria-describedby', 'glossary-def-ostree');
    const definition = GLOSSARY.find((t) => t.term === 'OSTree')!.definition;
    await expect(page.locator('#glossary-def-ostree')).toHaveText(`OSTree: ${definition}`);
    const tip = page.getByRole('tooltip');
    await link.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(definition);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await link.hover();
    await expect(tip).toBeVisible();
  });

  test('a glossary link on a page opens the term on the glossary page', { tag: '@base' }, async ({ page }) => {
    await page.goto('coreos/');
    const first = page.locator('.sl-markdown-content a.glossary-link[data-glossary="ostree"]');
    await expect(first).toHaveCount(1);
    await first.click();
    await expect(page).toHaveURL(/\/glossary\/#ostree$/);
    await expect(page.locator('dt#ostree')).toBeInViewport();
  });

  test('every fact-check aside names a source, and the required topics are all checked', async ({ page }) => {
    let text = '';
    for (const slug of TALK_PAGES) {
      await page.goto(`${slug}/`);
      const asides = page.locator('.sl-markdown-content aside[aria-label="Fact check"]');
      for (const aside of await asides.all()) {
        const sources = aside.locator('a[href^="https://"]');
        expect(await sources.count(), `a fact check on ${slug}/ links to a source`).toBeGreaterThan(0);
        // The asides are docs-only: the deck stays faithful to the talk.
        expect(await aside.evaluate((a) => !!a.closest('.docs-only')), `fact check on ${slug}/ is docs-only`).toBe(
          true,
        );
        text += ' ' + (await aside.innerText());
      }
    }
    for (const topic of [
      /PID 1/,
      /CRD/i,
      /archived/,
      /Elemental/,
      /Kairos/,
      /composefs/,
      /OCI/,
      /bootc/,
      /Atomic Desktops/,
      /\/nix\/store/,
      /Nix language/,
      /Btrfs subvolume/,
      /Aeon/,
      /Kubic/,
      /signature/,
      /editions?/,
      /container/,
    ]) {
      expect(text, `a fact check about ${topic}`).toMatch(topic);
    }
  });

  test('every fact check has a stable id listed in the ToC, a "checked on" date and sources', async ({ page }) => {
    const ids = new Set<string>();
    for (const slug of TALK_PAGES) {
      await page.goto(`${slug}/`);
      for (const aside of await page.locator('.sl-markdown-content aside[aria-label="Fact check"]').all()) {
        const heading = aside.locator('h4[id^="fact-check-"]');
        await expect(heading, `a fact check on ${slug}/ has an id`).toHaveCount(1);
        const id = (await heading.getAttribute('id'))!;
        expect(ids.has(id), `${id} is unique`).toBe(false);
        ids.add(id);
        await expect(aside, id).toContainText(/Checked on 20\d\d-\d\d-\d\d\. Sources?:/);
        await expect(page.locator(`starlight-toc a[href="#${id}"]`), `${id} is in the ToC`).toHaveCount(1);
      }
    }
    expect(ids.size).toBeGreaterThanOrEqual(15);
  });

  test("/immutability/'s transcript is its own read-only demonstration, not the CoreOS tour", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('immutability/');
    const transcript = page.locator('sim-machine .sim-transcript');
    await expect(transcript.locator('summary')).toContainText('what is read-only and what is not');
    await expect(transcript).toContainText('touch ~/notes.txt');
    await expect(transcript).not.toContainText('rpm-ostree install');
    await context.close();
  });

  test('the k3OS tour shows /etc lost at reboot and labels its unofficial steps', async ({ page }) => {
    await page.goto('k3os/');
    const transcript = page.locator('sim-machine .sim-transcript');
    await expect(transcript).toContainText('cat: /etc/motd-test: No such file or directory');
    await expect(transcript).toContainText('deprecated');
    await expect(transcript).toContainText('k3os.io/upgrade=latest');
    await expect(transcript).toContainText('Unofficial');
  });

  test('each talk page narrates every slide', async ({ page }) => {
    for (const slug of TALK_PAGES) {
      await page.goto(`${slug}/`);
      const slides = page.locator('.sl-markdown-content section.slide');
      expect(await slides.count()).toBeGreaterThan(0);
      for (const slide of await slides.all()) {
        const id = await slide.getAttribute('data-slide');
        const notes = slide.locator(':scope > aside.notes');
        await expect(notes, `narration for ${slug}/#${id}`).toHaveCount(1);
        expect((await notes.innerText()).trim().length, `narration for ${slug}/#${id}`).toBeGreaterThan(40);
      }
    }
  });

  test('the CoreOS page explains deploy, pin and rollback under a stable anchor', async ({ page }) => {
    await page.goto('coreos/#deploy-pin-rollback');
    await expect(page.locator('h3#deploy-pin-rollback')).toHaveText('Deploy, pin, rollback');
    await expect(page.locator('h3#deploy-pin-rollback')).toBeInViewport();
  });
});

/** The text of each body cell of the comparison table that is visible, row by row. */
async function visibleCells(page: Page) {
  return page.locator('table.comparison tbody tr').evaluateAll((rows) =>
    rows
      .filter((r) => (r as HTMLElement).offsetParent !== null)
      .map((r) => ({
        id: r.getAttribute('data-row'),
        label: r.querySelector('th')!.textContent!.trim(),
        cells: [...r.querySelectorAll('td .cmp-text')].map((c) => c.textContent!.trim()),
      })),
  );
}

test.describe('comparison', () => {
  const expected = (rows: typeof COMPARISON) =>
    rows.map((r) => ({ id: r.id, label: r.label, cells: COMPARED_SYSTEMS.map((s) => r.cells[s.id].text) }));

  test('the docs section shows every row of the data, with a source per cell', async ({ page }) => {
    await page.goto('conclusion/#compared');
    const table = page.locator('.sl-markdown-content table.comparison');
    await expect(table.locator('caption')).toContainText('compared');
    await expect(table.locator('thead th[scope="col"]')).toHaveText(COMPARED_SYSTEMS.map((s) => s.name));
    await expect(table.locator('tbody th[scope="row"]')).toHaveText(COMPARISON.map((r) => r.label));
    expect(await visibleCells(page)).toEqual(expected(COMPARISON));
    const sources = table.locator('a.cmp-source');
    await expect(sources).toHaveCount(COMPARISON.length * COMPARED_SYSTEMS.length);
    for (const a of await sources.all()) await expect(a).toBeVisible();
  });

  test('the deck slide shows the rows marked for the deck, from the same data', async ({ page }) => {
    await page.goto('slides/#/compared');
    await ready(page);
    expect(await page.evaluate(() => (window as any).deck.getCurrentSlide().id)).toBe('compared');
    const slide = page.locator('section#compared');
    await expect(slide.locator('table.comparison')).toBeVisible();
    expect(await visibleCells(page)).toEqual(expected(COMPARISON.filter((r) => r.inDeck)));
    await expect(slide.locator('a.cmp-source').first()).toBeHidden();
  });
});

test.describe('since this talk', () => {
  test('the last slide of the talk lists the changes and each point links to a docs section that exists', async ({
    page,
  }) => {
    await page.goto('slides/#/since-this-talk');
    await ready(page);
    // The last slide written in content/ (the deck may add its own closing slide after it).
    const lastTalkSlide = await page.evaluate(
      () => [...document.querySelectorAll('.reveal .slides > section[data-slide]')].at(-1)?.id,
    );
    expect(lastTalkSlide).toBe('since-this-talk');
    await expect(page.locator('section#since-this-talk h2')).toHaveText('Since this talk');
    const hrefs = await page
      .locator('section#since-this-talk li a:not(.glossary-link)')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(8);
    for (const href of hrefs) {
      // Each point lands on its fact check, not on a nearby heading.
      expect(href, href).toMatch(new RegExp(`^${base}[a-z0-9]+/#fact-check-[a-z0-9-]+$`));
      await page.goto(href.slice(base.length));
      const anchor = href.split('#')[1];
      const target = page.locator(`.sl-markdown-content [id="${anchor}"]`);
      await expect(target, href).toHaveCount(1);
      await expect(target.locator('xpath=ancestor::aside[@aria-label="Fact check"]'), href).toHaveCount(1);
      await expect(target).toBeInViewport();
    }
  });
});

test.describe('references', () => {
  test('the references page lists every external link of the articles', async ({ page }) => {
    const used = new Set<string>();
    for (const slug of [...TALK_PAGES, 'glossary']) {
      await page.goto(`${slug}/`);
      const hrefs = await page
        .locator('.sl-markdown-content a[href^="http"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      hrefs.forEach((h) => used.add(h));
    }
    expect(used.size).toBeGreaterThan(30);
    await page.goto('references/');
    const listed = new Set(
      await page
        .locator('.sl-markdown-content a[href^="http"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
    );
    expect([...used].filter((h) => !listed.has(h))).toEqual([]);
    for (const group of ['Fedora CoreOS', 'MicroOS', 'k3OS', 'NixOS']) {
      await expect(page.locator('.sl-markdown-content h2', { hasText: group })).toHaveCount(1);
    }
  });
});
