import { test, expect } from './fixtures.ts';

// The speaker view (S) from the static build, at / and under BASE_PATH (npm test runs both):
// current and next slide, notes, elapsed time and pacing against talk.duration (content/index.mdx).
test('the speaker view shows the current and next slide, notes, elapsed time and pacing', async ({ page, context }) => {
  await page.goto('slides/#/coreos');
  await page.waitForFunction(() => (window as any).deck?.isReady());
  const planned = await page.locator('.reveal').getAttribute('data-total-minutes');
  expect(Number(planned)).toBeGreaterThan(0);

  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForLoadState();
  // Current and next slide are the deck itself, loaded as receivers in two frames.
  const current = speaker.frameLocator('#current-slide iframe');
  const upcoming = speaker.frameLocator('#upcoming-slide iframe');
  await expect(current.locator('section.present h2')).toHaveText('CoreOS');
  await expect(upcoming.locator('section.present h2')).not.toHaveText('CoreOS');
  await expect(upcoming.locator('section.present h2')).toBeVisible();

  await expect(speaker.locator('.speaker-controls-notes .value')).not.toBeEmpty();
  await expect(speaker.locator('.speaker-controls-time .timer')).toBeVisible();
  await expect(speaker.locator('.speaker-controls-time .clock')).toBeVisible();
  // Pacing appears only when reveal knows the planned length (totalTime).
  await expect(speaker.locator('.speaker-controls-time .pacing-title')).toBeVisible();
  await expect(speaker.locator('.speaker-controls-time .pacing')).toBeVisible();
  await expect(speaker.locator('.speaker-controls-time .pacing')).toHaveClass(/on-track|ahead|behind/);

  // It follows the deck.
  await page.keyboard.press('ArrowRight');
  const now: string = await page.evaluate(() => (window as any).deck.getCurrentSlide().id);
  expect(now).not.toBe('coreos');
  await expect(current.locator('section.present')).toHaveId(now);
  await expect(speaker.locator('.speaker-controls-notes .value a').last()).toHaveAttribute(
    'href',
    new RegExp(`#${now}$`),
  );
});
