/**
 * The talk given as a speaker gives it: the laptop shows the speaker view (S), a clicker sends
 * Page Down to it, the projector shows the deck. Run it alone with `npm run rehearse`.
 */
import { test, expect, type Page } from '@playwright/test';
import { SIM_SYSTEMS, expectedScenario, shownEntries, trySlideId, waitReady } from './sim-helpers.ts';

interface DeckState {
  id: string;
  h: number;
  f: number | undefined;
  atEnd: boolean;
}

const deckState = (page: Page): Promise<DeckState> =>
  page.evaluate(() => {
    const deck = (window as any).deck;
    const { h, f } = deck.getIndices();
    return { id: deck.getCurrentSlide().id, h, f, atEnd: deck.isLastSlide() && !deck.availableFragments().next };
  });

const trySlides = new Map(SIM_SYSTEMS.map((system) => [trySlideId(system), system]));

test('rehearsal: the whole talk driven with Page Down from the focused speaker view', async ({ page, context }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`deck: ${e.message}`));
  await page.goto('slides/');
  await page.waitForFunction(() => (window as any).deck?.isReady());
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  speaker.on('pageerror', (e) => errors.push(`speaker view: ${e.message}`));
  await speaker.waitForLoadState();
  const current = speaker.frameLocator('#current-slide iframe');
  await expect(current.locator('section.present')).toHaveId('immutable-linux');
  // The speaker view has the focus, as on the laptop; every key goes to it, none to the projector.
  await speaker.bringToFront();
  await speaker.locator('#speaker-controls').click();

  const visited = new Set<string>();
  const demosSeen = new Set<string>();
  let state = await deckState(page);
  let presses = 0;
  while (!state.atEnd) {
    const before = state;
    await speaker.keyboard.press('PageDown');
    presses++;
    // The projected deck follows the speaker view: one step further, a fragment or a slide.
    await expect
      .poll(
        async () => {
          state = await deckState(page);
          return state.h > before.h || (state.h === before.h && (state.f ?? -1) > (before.f ?? -1));
        },
        { message: `Page Down #${presses} from ${before.id} (fragment ${before.f}) moved the deck`, timeout: 5000 },
      )
      .toBe(true);
    expect(state.h - before.h, 'one slide at a time').toBeLessThanOrEqual(1);
    visited.add(state.id);
    const system = trySlides.get(state.id);
    if (system && !(await page.evaluate(() => (window as any).deck.availableFragments().next))) {
      // The tour's last step: the projected terminal played the whole scenario, and so does the
      // speaker view's copy of the slide (it mirrors the projected machine).
      const expected = expectedScenario(system);
      const sim = page.locator('.reveal .slides section.present sim-machine');
      await expect.poll(() => shownEntries(sim)).toEqual(expected);
      const mirrored = current.locator('section.present sim-machine');
      await expect.poll(() => shownEntries(mirrored)).toEqual(expected);
      demosSeen.add(system);
    }
  }
  const total = await page.evaluate(() => (window as any).deck.getTotalSlides());
  expect(visited.size + 1, 'every slide was shown').toBe(total);
  expect([...demosSeen].sort()).toEqual([...SIM_SYSTEMS].sort());
  await expect(current.locator('section.present')).toHaveId(state.id);
  expect(errors).toEqual([]);
});

test('a simulator button clicked mid-demo does not trap the clicker; the tour goes on', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const system = 'fcos';
  await page.goto(`slides/#/${trySlideId(system)}`);
  await page.waitForFunction(() => (window as any).deck?.isReady());
  const sim = page.locator('.reveal .slides section.present sim-machine');
  await waitReady(sim);
  const expected = expectedScenario(system);
  for (let i = 1; i <= 3; i++) await page.keyboard.press('PageDown');
  await expect.poll(() => shownEntries(sim)).toEqual(expected.slice(0, 3));

  // Someone clicks a timeline button: the command runs in the terminal, the button keeps the focus.
  const reboot = sim.getByRole('button', { name: 'Reboot' });
  await reboot.click();
  await expect(reboot).toBeFocused();
  await expect(sim.locator('.sim-entry')).toHaveCount(4);

  // The clicker still drives the deck: the next step restarts the tour on a fresh machine, says so,
  // and the scenario plays on from there as scripted.
  await page.keyboard.press('PageDown');
  await expect(sim.locator('[data-sim-status]')).toContainText('the tour restarts on a fresh machine');
  await expect.poll(() => shownEntries(sim)).toEqual(expected.slice(0, 4));
  for (let i = 5; i <= expected.length; i++) await page.keyboard.press('PageDown');
  await expect.poll(() => shownEntries(sim)).toEqual(expected);
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await deckState(page)).id).not.toBe(trySlideId(system));
  expect(errors).toEqual([]);
});

test('leaving a demo and coming back keeps its machine and what was typed', async ({ page }) => {
  const system = 'microos';
  await page.goto(`slides/#/${trySlideId(system)}`);
  await page.waitForFunction(() => (window as any).deck?.isReady());
  const sim = page.locator('.reveal .slides section.present sim-machine');
  await waitReady(sim);
  await page.keyboard.press('PageDown');
  const input = sim.getByRole('textbox', { name: 'Command' });
  await input.click();
  await page.keyboard.type('echo typed live');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const shown = await shownEntries(sim);
  expect(shown.at(-1)).toContain('echo typed live');
  await page.keyboard.press('PageUp'); // back to the fragment before
  await page.keyboard.press('PageUp'); // the slide before
  await expect.poll(async () => (await deckState(page)).id).not.toBe(trySlideId(system));
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await deckState(page)).id).toBe(trySlideId(system));
  const back = page.locator('.reveal .slides section.present sim-machine');
  expect(await shownEntries(back)).toEqual(shown);
});
