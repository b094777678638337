import { test, expect, type Page } from './fixtures.ts';
import { TALK_BULLETS, TALK_HEADINGS, TALK_TAGLINES, TALK_LINKS, normalize } from './talk-points.ts';
import { talkParts } from './outline.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './site.ts';

async function deckText(page: Page): Promise<string> {
  // textContent of every slide, notes left out: what the audience sees (docs-only passages are never in the deck).
  return page.evaluate(() => {
    const parts: string[] = [];
    for (const s of document.querySelectorAll('.reveal .slides > section')) {
      const clone = s.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('aside.notes, .sr-only, .slide-links').forEach((n) => n.remove());
      parts.push(clone.textContent ?? '');
    }
    return parts.join('\n');
  });
}

const currentId = (page: Page) => page.evaluate(() => (window as any).deck.getCurrentSlide().id as string);

test.describe('deck', () => {
  test('shows every point of the original talk, in order', async ({ page }) => {
    await page.goto('slides/');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const text = normalize(await deckText(page));
    let from = 0;
    for (const point of [...TALK_BULLETS]) {
      const at = text.indexOf(normalize(point), from);
      expect(at, `"${point}" on a slide, after the previous point`).toBeGreaterThanOrEqual(0);
      from = at;
    }
    for (const heading of TALK_HEADINGS) expect(text).toContain(heading);
    for (const tagline of TALK_TAGLINES) expect(text).toContain(normalize(tagline));
    const hrefs = await page
      .locator('.reveal .slides a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of TALK_LINKS) expect(hrefs.some((h) => h.startsWith(link.replace(/\/$/, '')))).toBe(true);
  });

  test('leaves out every docs-only passage, not even hidden, while the docs show them', async ({ page }) => {
    const passages: string[] = [];
    for (const [slug] of talkParts()) {
      await page.goto(`${slug}/`);
      for (const text of await page.locator('.sl-markdown-content .docs-only').allTextContents()) {
        if (normalize(text)) passages.push(normalize(text));
      }
    }
    expect(passages.length, 'the talk has docs-only passages to leave out').toBeGreaterThan(10);
    await page.goto('slides/');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    await expect(page.locator('.reveal .docs-only')).toHaveCount(0);
    const deck = normalize((await page.locator('.reveal .slides').textContent()) ?? '');
    for (const passage of passages) expect(deck, 'a docs-only passage in the deck').not.toContain(passage);
  });

  test('steps through every slide to the last with arrows, space and a clicker', async ({ page }) => {
    // Some 150 key presses, each waited for: with the CPU slowed 4x beside another worker it takes
    // over a minute (35 s alone at 4x).
    test.slow();
    await page.goto('slides/');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const ids = await page.locator('.reveal .slides > section').evaluateAll((ss) => ss.map((s) => s.id));
    expect(ids.length).toBeGreaterThan(10);
    // Some slides hold fragments (a simulator's scripted steps): "next" reveals those first.
    const position = () => page.evaluate(() => JSON.stringify((window as any).deck.getIndices()));
    const visited = [await currentId(page)];
    const keys = ['ArrowRight', 'Space', 'PageDown'];
    for (
      let press = 0;
      press < 400 &&
      !(await page.evaluate(
        () => (window as any).deck.isLastSlide() && !(window as any).deck.availableFragments().next,
      ));
      press++
    ) {
      const before = await position();
      await page.keyboard.press(keys[press % keys.length]);
      await expect
        .poll(position, { message: `key ${keys[press % keys.length]} on slide ${visited.at(-1)} moves on` })
        .not.toBe(before);
      const id = await currentId(page);
      if (id !== visited.at(-1)) visited.push(id);
    }
    expect(visited).toEqual(ids);
    await expect(page.locator('.reveal .slide-number')).toContainText(`${ids.length}`);
    await expect(page.locator('.reveal .progress')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => currentId(page)).toBe(ids.at(-2));
  });

  test('each slide has a readable id in the URL that survives a reload', { tag: '@base' }, async ({ page }) => {
    await page.goto('slides/');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const ids = await page.locator('.reveal .slides > section').evaluateAll((ss) => ss.map((s) => s.id));
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(new Set(ids).size).toBe(ids.length);
    await page.goto('slides/#/coreos');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    expect(await currentId(page)).toBe('coreos');
    await expect(page.locator('section#coreos h2')).toHaveText('CoreOS');
    const nextId = await page.locator('section#coreos + section').getAttribute('id');
    expect(nextId).toBeTruthy();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#/${nextId}$`));
    await page.reload();
    await page.waitForFunction(() => (window as any).deck?.isReady());
    expect(await currentId(page)).toBe(nextId);
  });

  test('O toggles the overview', async ({ page }) => {
    await page.goto('slides/#/immutability');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    await page.keyboard.press('o');
    await expect(page.locator('.reveal')).toHaveClass(/overview/);
    await page.keyboard.press('o');
    await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
  });

  test("S opens the speaker view with the slide's notes, the next slide, a timer and the docs link", {
    tag: '@base',
  }, async ({ page, context }) => {
    await page.goto('slides/#/immutability');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForLoadState();
    const notes = speaker.locator('.speaker-controls-notes .value');
    // The speaker view connects to the deck through postMessage after its two previews load.
    await expect(notes).toContainText('operating system files cannot be changed', { timeout: 20_000 });
    await expect(notes.getByRole('link', { name: /^Docs:/ })).toHaveAttribute('href', /\/immutability\/#immutability$/);
    await expect(speaker.locator('#upcoming-slide iframe')).toHaveAttribute('src', /receiver/);
    await expect(speaker.locator('.speaker-controls-time .timer')).toBeVisible();
  });

  test('each slide links to its docs section', { tag: '@base' }, async ({ page }) => {
    await page.goto('slides/#/coreos');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const link = page.locator('section#coreos .slide-links .docs-link');
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/coreos\/#coreos$/);
    await expect(page.locator('h2#coreos')).toBeInViewport();
  });
});

test.describe('presenter tools, no mouse needed', () => {
  test('L spotlights, Z zooms and E enlarges the terminal; all end when the slide changes', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('slides/#/try-it-fedora-coreos');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const sim = page.locator('.reveal .slides section.present sim-machine');
    await expect(sim).toHaveAttribute('data-ready', /\d+/);
    await page.keyboard.press('PageDown');
    await expect(sim.locator('.sim-entry')).toHaveCount(1);
    const screen = sim.locator('.sim-screen');
    const before = (await screen.boundingBox())!;

    await page.keyboard.press('e');
    await expect(sim).toHaveClass(/deck-terminal-full/);
    await expect(sim.locator('.sim-side')).toBeHidden();
    const full = (await screen.boundingBox())!;
    expect(full.width).toBeGreaterThan(before.width * 1.1);
    await page.keyboard.press('e');
    await expect(sim).not.toHaveClass(/deck-terminal-full/);

    await page.keyboard.press('l');
    await expect(sim.locator('.sim-terminal')).toHaveClass(/deck-spotlight/);
    await expect(sim.locator('.sim-entry').last()).toHaveClass(/deck-spotlight-entry/);
    await page.keyboard.press('PageDown'); // the spotlight follows the demo's new output
    await expect(sim.locator('.sim-entry')).toHaveCount(2);
    await expect(sim.locator('.sim-entry').last()).toHaveClass(/deck-spotlight-entry/);
    await expect(sim.locator('.deck-spotlight-entry')).toHaveCount(1);

    await page.keyboard.press('z');
    await expect(page.locator('.reveal .slides > section.present')).toHaveClass(/deck-zoomed/);
    const zoomed = (await sim.locator('.sim-entry').last().boundingBox())!;
    expect(zoomed.height).toBeGreaterThan(0);
    await page.keyboard.press('End');
    await expect(
      page.locator('.reveal .deck-spotlight, .reveal .deck-zoomed, .reveal .deck-terminal-full'),
    ).toHaveCount(0);
  });

  test('B is a plain black screen, O marks the current slide, the number stays clear of the arrows', async ({
    page,
  }) => {
    await page.goto('slides/#/coreos');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const number = (await page.locator('.reveal .slide-number').boundingBox())!;
    for (const arrow of await page.locator('.reveal .controls button.enabled, .reveal .controls button').all()) {
      const box = await arrow.boundingBox();
      if (!box || !(await arrow.isVisible())) continue;
      const overlaps =
        number.x < box.x + box.width &&
        box.x < number.x + number.width &&
        number.y < box.y + box.height &&
        box.y < number.y + number.height;
      expect(overlaps, 'slide number under an arrow').toBe(false);
    }
    await page.keyboard.press('b');
    await expect(page.locator('.reveal .pause-overlay')).toBeVisible();
    await expect(page.locator('.reveal .pause-overlay .resume-button')).toBeHidden();
    await page.keyboard.press('b');
    await page.keyboard.press('o');
    const present = page.locator('.reveal.overview .slides > section.present');
    await expect(present).toHaveId('coreos');
    await expect.poll(() => present.evaluate((s) => getComputedStyle(s).outlineStyle)).toBe('solid');
  });

  test('the T and QR buttons fade while the pointer rests and come back when it moves', async ({ page }) => {
    await page.goto('slides/');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    const toolbar = page.locator('.deck-toolbar');
    await expect(toolbar).toHaveCSS('opacity', '0');
    await page.mouse.move(200, 200);
    await page.mouse.move(300, 300);
    await expect(toolbar).toHaveCSS('opacity', '1');
    await expect(toolbar).toHaveCSS('opacity', '0', { timeout: 6000 });
  });
});

test.describe("reveal's parts the deck loads on first use (src/deck/reveal/)", () => {
  /** The chunks the deck must not fetch before someone uses what they hold. */
  const ON_FIRST_USE =
    /\/(overlay|overview|jumptoslide|printview|playback|presenter-tools-on-key|slide-qr-panel|handout)\.[\w-]+\.js$/;

  test('the built deck uses none of the reveal features its build leaves out', () => {
    // The slides' markup: the deck's inlined CSS (src/deck/inline-deck-css.mjs) names reveal's selectors.
    const html = readFileSync(path.join(distDir, 'slides', 'index.html'), 'utf8').replace(
      /<style[^>]*>[\s\S]*?<\/style>/g,
      '',
    );
    const leftOut: [RegExp, string][] = [
      [/data-auto-animate/, 'auto-animate (src/deck/reveal/auto-animate-stand-in.ts)'],
      [/class="[^"]*\br-fit-text\b/, 'r-fit-text (src/deck/reveal/fit-text-stand-in.ts)'],
      [/data-preview-(link|image|video)/, 'lightbox previews (src/deck/reveal/overlay-on-demand.ts loads them late)'],
    ];
    for (const [pattern, feature] of leftOut)
      expect(
        html,
        `a slide uses ${feature}: the deck's reveal.js leaves it out; build it in again in ` +
          'src/deck/reveal/reveal-from-sources.mjs (STAND_INS) or write the slide without it',
      ).not.toMatch(pattern);
  });

  test('? shows the keys, G jumps to a slide typed at once, O opens the overview; none is fetched before', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (ON_FIRST_USE.test(new URL(r.url()).pathname)) fetched.push(new URL(r.url()).pathname);
    });
    await page.goto('slides/#/immutability');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    await page.waitForLoadState('networkidle');
    expect(fetched, 'chunks fetched at load').toEqual([]);

    await page.keyboard.press('Shift+?');
    const help = page.locator('.reveal .r-overlay-help');
    await expect(help).toBeVisible();
    // The deck's own keys are listed beside reveal's.
    await expect(help).toContainText('Spotlight on the current point');
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expect(page.locator('.reveal')).not.toHaveClass(/overview/);

    // Typed straight after G, before the box has arrived: nothing is lost or read as a deck key.
    const fifth = await page.evaluate(() => (window as any).deck.getSlides()[4].id as string);
    await page.keyboard.press('g');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/${fifth}$`));
    await expect(page.locator('.reveal .jump-to-slide')).toHaveCount(0);
    await page.keyboard.press('g');
    await expect(page.locator('.reveal .jump-to-slide-input')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('.reveal .jump-to-slide')).toHaveCount(0);
    expect(await currentId(page)).toBe(fifth);

    await page.keyboard.press('o');
    await expect(page.locator('.reveal')).toHaveClass(/overview/);
    await page.keyboard.press('o');
    await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
    expect(fetched.map((f) => f.replace(/.*\/|\.[\w-]+\.js$/g, '')).sort()).toEqual([
      'jumptoslide',
      'overlay',
      'overview',
    ]);
  });

  test("reveal's CSS for the overview and the print view is not in the first HTML and arrives with them", async ({
    page,
  }) => {
    // The build splits the deck's inlined CSS (src/deck/inline-deck-css.mjs, src/deck/split-reveal-css.mjs).
    const html = readFileSync(path.join(distDir, 'slides', 'index.html'), 'utf8');
    const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    expect(inlineCss).toContain('.reveal .controls');
    expect(inlineCss, 'the scroll view a phone starts in').toContain('.reveal-scroll');
    expect(inlineCss).not.toContain('.reveal.overview .slides section{');
    expect(inlineCss).not.toContain('html.reveal-print .reveal .slides .pdf-page{');

    const onDemandCss: string[] = [];
    page.on('request', (r) => {
      if (/\.on-demand\.[\w-]+\.css$/.test(r.url())) onDemandCss.push(r.url());
    });
    await page.goto('slides/#/immutability');
    await page.waitForFunction(() => (window as any).deck?.isReady());
    await page.waitForLoadState('networkidle');
    expect(onDemandCss, 'on-demand CSS fetched at load').toEqual([]);
    // Transitions are inline: the first key press slides.
    await expect(page.locator('.reveal')).toHaveClass(/\bslide\b/);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.reveal .slides > section.past').last()).toHaveCSS('transform', /matrix/);

    await page.keyboard.press('o');
    const slide = page.locator('.reveal.overview .slides > section').first();
    // reveal's overview rules: every slide shown as a clickable thumbnail.
    await expect(slide).toHaveCSS('cursor', 'pointer');
    await expect(slide).toHaveCSS('visibility', 'visible');
    expect(onDemandCss.length).toBeGreaterThan(0);
    await page.keyboard.press('o');
    await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
  });

  test('the print view (PDF export) gets its CSS on the print address', async ({ page }) => {
    await page.goto('slides/?view=print');
    const pages = page.locator('.reveal .slides .pdf-page');
    await expect(pages.first()).toBeAttached();
    const slideCount = await page.locator('.reveal .slides section.slide').count();
    await expect(pages).toHaveCount(slideCount);
    // reveal's print view: a page break after each slide; the deck's: no toolbar on paper.
    await expect(pages.first()).toHaveCSS('break-after', 'page');
    await expect(page.locator('.deck-toolbar')).toBeHidden();
  });
});
