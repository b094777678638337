/**
 * The e2e specs' `test` and `expect`: Playwright's, plus one automatic fixture. With
 * E2E_CPU_THROTTLE=N (set by `npm run test:flaky`) every page of the test, popups included, runs
 * with its CPU slowed down N times, as on a slow CI machine or an old projector laptop.
 */
import { test as base, type Page } from '@playwright/test';

// Everything else (expect, types) is Playwright's own; the local `test` below takes precedence.
export * from '@playwright/test';

const rate = Number(process.env.E2E_CPU_THROTTLE) || 1;

export const test = base.extend<{ cpuThrottle: undefined }>({
  cpuThrottle: [
    async ({ context }, use) => {
      if (rate > 1) {
        const slowDown = async (page: Page) => {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        };
        // A page closed before the session opened has nothing left to slow down.
        context.on('page', (page) => void slowDown(page).catch(() => undefined));
        for (const page of context.pages()) await slowDown(page);
      }
      await use(undefined);
    },
    { auto: true },
  ],
});
