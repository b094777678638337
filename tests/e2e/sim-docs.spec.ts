/**
 * Simulators in the docs: the scenario's Run buttons, "Run" beside a command in the prose, lazy
 * loading (pages without simulators ship none of their code), and the static transcript for
 * readers without JavaScript and for print.
 */
import { test, expect } from './fixtures.ts';
import { axe } from './axe.ts';
import { scenarioTranscript } from '../../src/components/sim/engine-adapter.ts';
import { SIM_SYSTEMS, docsPageOf, expectedScenario, shownEntries, waitReady } from './sim-helpers.ts';

test.describe('simulators in the docs', () => {
  for (const system of SIM_SYSTEMS) {
    test(`${system}: the scenario's Run buttons play it with the expected output`, async ({ page }) => {
      await page.goto(docsPageOf(system));
      const sim = page
        .locator(`sim-machine[data-system="${system}"]`)
        .filter({ has: page.locator('.sim-step') })
        .first();
      await sim.scrollIntoViewIfNeeded();
      await waitReady(sim);
      const expected = expectedScenario(system);
      const runs = sim.locator('.sim-step').getByRole('button', { name: /^Run/ });
      await expect(runs).toHaveCount(expected.length);
      for (let i = 0; i < expected.length; i++) await runs.nth(i).click();
      await expect.poll(() => shownEntries(sim)).toEqual(expected);
      await expect(sim.locator('.sim-step[data-done]')).toHaveCount(expected.length);
    });
  }

  test('a simulator moved in the page (as the deck does on phones) runs a step once', async ({ page }) => {
    await page.goto(docsPageOf('fcos'));
    const sim = page
      .locator('sim-machine')
      .filter({ has: page.locator('.sim-step') })
      .first();
    await expect(sim).not.toHaveAttribute('data-ready');
    // Taken out and put back: connected twice. Then a step's Run pressed before the engine is there.
    await sim.evaluate((el) => {
      const [parent, next] = [el.parentNode, el.nextSibling];
      el.remove();
      parent?.insertBefore(el, next);
      el.querySelector<HTMLButtonElement>('.sim-step button')?.click();
    });
    await waitReady(sim);
    await expect.poll(() => shownEntries(sim)).toEqual(expectedScenario('fcos').slice(0, 1));
  });

  test('a Run button in the prose types its command into the nearest terminal', async ({ page }) => {
    await page.goto('immutability/');
    const button = page.locator('button[data-sim-run-command]').first();
    const command = (await button.getAttribute('data-sim-run-command'))!;
    await button.click();
    const sim = page.locator('section.slide', { has: button }).locator('sim-machine');
    await waitReady(sim);
    await expect(sim.locator('.sim-entry-command').last()).toHaveText(command);
    await expect(sim.getByRole('log')).toContainText('Read-only file system');
  });

  test('the engine loads when the simulator scrolls into view; pages without one ship no simulator code', {
    tag: '@base',
  }, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('introduction/');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('sim-machine')).toHaveCount(0);
    const introScripts = [...scripts];

    await page.goto('coreos/');
    const sim = page.locator('sim-machine').first();
    await expect(sim).not.toHaveAttribute('data-ready');
    scripts.length = 0;
    await sim.scrollIntoViewIfNeeded();
    await waitReady(sim);
    const simScripts = scripts.filter((s) => !introScripts.includes(s));
    expect(simScripts.length, 'the engine arrived as its own script once needed').toBeGreaterThan(0);
  });

  test('without JavaScript the static transcript shows the whole demonstration', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [system, path] of [
      ['fcos', 'coreos/'],
      ['nixos', 'lab/nixos/'],
    ] as const) {
      await page.goto(path);
      const sim = page.locator(`sim-machine[data-system="${system}"]`).last();
      await expect(sim.locator('.sim-live')).toBeHidden();
      const transcript = sim.locator('.sim-transcript');
      await expect(transcript).toBeVisible();
      await expect(transcript.locator('summary')).toContainText('Read the demonstration as text');
      const text = (await transcript.textContent())!;
      for (const step of scenarioTranscript(system)) {
        expect(text).toContain(step.caption);
        expect(text).toContain(step.prompt + step.command);
        expect(text).toContain(step.output.trim().split('\n')[0]);
      }
    }
    await context.close();
  });

  test('in print, the static transcript replaces the live simulator', async ({ page }) => {
    await page.goto('lab/fcos/');
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    await expect(sim.locator('.sim-transcript')).not.toHaveAttribute('open');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(sim.locator('.sim-live')).toBeHidden();
    await expect(sim.locator('.sim-transcript-pre').first()).toBeVisible();
    await expect(sim.locator('.sim-transcript')).toContainText('sudo touch /usr/bin/foo');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations in a live simulator in the docs (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('immutability/');
      const sim = page.locator('sim-machine');
      await sim.scrollIntoViewIfNeeded();
      await waitReady(sim);
      await sim.locator('.sim-fs-entry[data-path="/usr"]').click();
      await expect(sim.locator('.sim-entry')).toHaveCount(1);
      const { violations } = await axe(page).include('sim-machine').analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
