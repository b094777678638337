/**
 * Simulators do not move the page: their first state is in the HTML (drawn at build time), so the
 * engine arriving changes no layout. An anchor below a simulator stays where it points, and a lab
 * page has no layout shift (CLS 0), also on a slow phone (4x CPU slow-down).
 */
import { test, expect, type Page } from './fixtures.ts';
import { SIM_SYSTEMS, waitReady } from './sim-helpers.ts';

/** Holds back the live simulator's code until `release()` is called: the page as it is before hydration. */
async function holdEngine(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/live\.[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The element's distance from the top of the document, in CSS pixels. */
const documentTop = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));

test.describe('simulators do not move the page when they load', () => {
  test('an anchor below a simulator stays put (/immutability/#examples)', async ({ page }) => {
    const release = await holdEngine(page);
    await page.goto('immutability/#examples');
    const sim = page.locator('sim-machine').first();
    await expect(sim).toBeVisible();
    await expect(sim).not.toHaveAttribute('data-ready');
    const before = await documentTop(page, '#examples');
    const viewportBefore = await page.locator('#examples').evaluate((el) => el.getBoundingClientRect().top);
    release();
    await sim.scrollIntoViewIfNeeded();
    await waitReady(sim);
    expect(await documentTop(page, '#examples')).toBe(before);
    await page.evaluate((y) => window.scrollTo(0, y), before - viewportBefore);
    expect(await page.locator('#examples').evaluate((el) => el.getBoundingClientRect().top)).toBeCloseTo(
      viewportBefore,
      0,
    );
  });

  test('the simulator panes look the same before and after the engine loads', async ({ page }) => {
    const release = await holdEngine(page);
    await page.goto('lab/fcos/');
    const sim = page.locator('sim-machine');
    const panes = ['.sim-terminal', '.sim-tour', '.sim-timeline', '.sim-fsmap', '.sim-transcript'];
    const boxes = () =>
      Promise.all(panes.map((p) => sim.locator(p).evaluate((el) => JSON.stringify(el.getBoundingClientRect()))));
    const texts = () => Promise.all(panes.slice(2).map((p) => sim.locator(p).innerText()));
    await expect(sim.locator('.sim-tl-entry').first()).toBeVisible();
    const [boxesBefore, textsBefore] = [await boxes(), await texts()];
    release();
    await waitReady(sim);
    expect(await boxes()).toEqual(boxesBefore);
    expect(await texts()).toEqual(textsBefore);
  });

  for (const system of SIM_SYSTEMS) {
    test(`lab/${system}/: no layout shift while it loads, at 4x CPU slow-down`, async ({ page }) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        type Shift = { value: number; hadRecentInput: boolean; startTime: number; sources: { node?: Node }[] };
        const w = window as unknown as { __shifts: string[] };
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as Shift[]) {
            if (e.hadRecentInput) continue;
            // While the HTML is still being parsed, a slowed-down browser paints what it has: an element
            // whose text or children have not arrived yet grows when they do (a badge 2 px tall, a
            // button bar one button wide). That is progressive rendering of any long page, before any
            // script ran; what this test is about is the simulator's scripts, which run after parsing.
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
            if (!nav?.domInteractive || e.startTime < nav.domInteractive) continue;
            // Starlight's header (its theme picker settles its width once its script runs, a shift of
            // about 0.0004 on a busy machine) is not the simulator's doing and is left out here.
            const el = (n?: Node) => (n instanceof Element ? n : (n?.parentElement ?? null));
            if (e.sources.length > 0 && e.sources.every((s) => el(s.node)?.closest('header.header'))) continue;
            // What moved, so a failure says where to look.
            const moved = e.sources.map((s) =>
              s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : s.node?.nodeName,
            );
            w.__shifts.push(`${e.value.toFixed(5)}: ${moved.join(' | ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`lab/${system}/`);
      const sim = page.locator('sim-machine');
      await waitReady(sim);
      // Layout-shift entries are reported after the frame that shifted: wait for two more frames.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
    });
  }
});
