/**
 * "Markup stays text": a reusable check that typing HTML into an input never turns it into
 * elements, scripts or dialogs anywhere on the page. Use it for every place that shows user
 * input back (docs search now, the simulator terminal too):
 *
 *   await expectMarkupStaysText(page, input, { submit: 'Enter', shownIn: page.locator('.output') });
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Inputs that would run script or create elements if shown as HTML. */
export const MARKUP_PROBES = [
  '<img src=x onerror=alert(1)>',
  '<script>window.__markupInjected=1</script>',
  '<svg onload=alert(2)></svg>',
  '"><b id=markup-injected>bold</b>',
  '<iframe src=javascript:alert(3)></iframe>',
];

export interface MarkupOptions {
  /** A key to press after typing (e.g. 'Enter' for a terminal); none for live search. */
  submit?: string;
  /** Where the input is shown back: its text must contain the probe literally. */
  shownIn?: Locator;
  /** Waits until the page has reacted to the input (results shown, command run). */
  settled?: () => Promise<void>;
}

export async function expectMarkupStaysText(page: Page, input: Locator, options: MarkupOptions = {}): Promise<void> {
  const dialogs: string[] = [];
  const onDialog = (d: { message(): string; dismiss(): Promise<void> }) => {
    dialogs.push(d.message());
    void d.dismiss();
  };
  page.on('dialog', onDialog);
  const scriptsBefore = await page.locator('script').count();
  try {
    for (const probe of MARKUP_PROBES) {
      await input.fill(probe);
      if (options.submit) await input.press(options.submit);
      await options.settled?.();
      if (options.shownIn) await expect(options.shownIn).toContainText(probe);
      await expect(page.locator('img[src="x"], #markup-injected, iframe[src^="javascript:"], svg[onload]')).toHaveCount(
        0,
      );
      expect(await page.locator('script').count(), `no script element appears after typing ${probe}`).toBe(
        scriptsBefore,
      );
      expect(await page.evaluate(() => (window as { __markupInjected?: number }).__markupInjected)).toBeUndefined();
    }
    expect(dialogs, 'no dialog opened').toEqual([]);
  } finally {
    page.off('dialog', onDialog);
  }
}
