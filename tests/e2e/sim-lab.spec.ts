/**
 * The lab pages: the guided tour of every system through the UI, the terminal's keys, Share and
 * its round trip, damaged links, output that stays text, the embed page, and axe on live labs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateRawSync } from 'node:zlib';
import { test, expect } from './fixtures.ts';
import { axe } from './axe.ts';
import { SIM_SYSTEMS, expectedScenario, shownEntries, systemName, typeLine, waitReady } from './sim-helpers.ts';

/** A share link's fragment as a crafted link would hold it: any JSON, packed as the site packs it. */
function crafted(payload: unknown, version = 2): string {
  return `#s=${version}.${deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url')}`;
}

test.describe('simulator lab', () => {
  test('the lab index lists every system', { tag: '@base' }, async ({ page }) => {
    await page.goto('lab/');
    for (const system of SIM_SYSTEMS) {
      await expect(page.getByRole('main').getByRole('link', { name: systemName(system), exact: true })).toHaveAttribute(
        'href',
        new RegExp(`lab/${system}/$`),
      );
    }
  });

  test("a lab page preloads its own system's engine with the page, and fetches no other system", {
    tag: '@base',
  }, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('lab/microos/');
    const preloads = await page
      .locator('head link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    // The system's chunk and the live views' chunk are named after their modules (src/systems/engine-preload.mjs).
    expect(preloads.some((href) => /\/_astro\/microos\.[\w-]+\.js$/.test(href))).toBe(true);
    expect(preloads.some((href) => /\/_astro\/live\.[\w-]+\.js$/.test(href))).toBe(true);
    for (const href of preloads) expect((await page.request.get(href)).status(), href).toBe(200);
    await waitReady(page.locator('sim-machine'));
    const others = SIM_SYSTEMS.filter((s) => s !== 'microos');
    expect(requested.filter((p) => others.some((s) => new RegExp(`/_astro/${s}\\.[\\w-]+\\.js$`).test(p)))).toEqual([]);
  });

  for (const system of SIM_SYSTEMS) {
    test(`${system}: the guided tour plays the scenario with the expected output`, async ({ page }) => {
      await page.goto(`lab/${system}/`);
      const sim = page.locator('sim-machine');
      await waitReady(sim);
      const expected = expectedScenario(system);
      const next = sim.getByRole('button', { name: /Start the tour|Next step/ });
      for (let i = 0; i < expected.length; i++) await next.click();
      await expect(sim.getByRole('button', { name: 'Tour finished' })).toBeDisabled();
      await expect.poll(() => shownEntries(sim)).toEqual(expected);
      // The timeline follows the machine: after install, reboot and rollback there is more than one entry.
      expect(await sim.locator('.sim-tl-entry').count()).toBeGreaterThan(1);
      await expect(sim.locator('.sim-tl-entry[data-booted]')).toHaveCount(1);
    });
  }

  test('the terminal has the system prompt, history, completion, Ctrl+L, Ctrl+C and Reset', async ({ page }) => {
    await page.goto('lab/fcos/');
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    const input = sim.getByRole('textbox', { name: 'Command' });
    await expect(sim.locator('.sim-line .sim-prompt')).toHaveText('[core@fcos ~]$ ');
    await typeLine(page, sim, 'sudo touch /usr/bin/foo');
    await expect(sim.getByRole('log')).toContainText('Read-only file system');
    await typeLine(page, sim, 'whoami');
    await expect(sim.getByRole('log')).toContainText('core');
    // History: Up twice brings back the first command; Down returns to the empty draft.
    await page.keyboard.press('ArrowUp');
    await expect(input).toHaveValue('whoami');
    await page.keyboard.press('ArrowUp');
    await expect(input).toHaveValue('sudo touch /usr/bin/foo');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(input).toHaveValue('');
    // Tab completes a command name and a path.
    await page.keyboard.type('rpm-ost');
    await page.keyboard.press('Tab');
    await expect(input).toHaveValue('rpm-ostree ');
    await input.fill('ls /us');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await expect(input).toHaveValue('ls /usr/');
    // Ctrl+C abandons the line, as bash shows it.
    await page.keyboard.press('Control+c');
    await expect(input).toHaveValue('');
    await expect(sim.locator('.sim-entry').last()).toHaveText('[core@fcos ~]$ ls /usr/^C');
    // Ctrl+L clears the screen but not the machine.
    await page.keyboard.press('Control+l');
    await expect(sim.locator('.sim-entry')).toHaveCount(0);
    await page.keyboard.press('ArrowUp');
    await expect(input).toHaveValue('whoami');
    // Reset: a fresh machine, with an empty history.
    await input.fill('');
    await typeLine(page, sim, 'sudo rpm-ostree install htop');
    await expect(sim.locator('.sim-tl-entry')).toHaveCount(2);
    await sim.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(sim.locator('.sim-entry')).toHaveCount(0);
    await expect(sim.locator('.sim-tl-entry')).toHaveCount(1);
    await expect(sim.getByRole('status')).toHaveText('The machine was reset.');
  });

  test('copies the transcript as plain text', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('lab/nixos/');
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    await typeLine(page, sim, 'sudo touch /nix/store/foo');
    await sim.getByRole('button', { name: 'Copy transcript' }).click();
    await expect(sim.getByRole('status')).toHaveText('Transcript copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await shownEntries(sim)).join('\n'));
    expect(copied).toContain('sudo touch /nix/store/foo');
  });

  test('timeline and file-system buttons run real commands in the terminal', async ({ page }) => {
    await page.goto('lab/fcos/');
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    const usr = sim.locator('.sim-fs-entry[data-path="/usr"]');
    await expect(usr).toContainText('read-only');
    await usr.click();
    await expect(sim.locator('.sim-entry').last()).toContainText('touch /usr/written-from-the-map');
    await expect(sim.locator('.sim-entry').last()).toContainText('Read-only file system');
    const actions = sim.getByRole('group', { name: /Actions/ }).getByRole('button');
    expect(await actions.count()).toBeGreaterThan(0);
    const install = sim.locator('.sim-action[data-action-id="install"]');
    const command = await install.getAttribute('title');
    await install.click();
    await expect(sim.locator('.sim-entry').last().locator('.sim-entry-command')).toHaveText(command!);
    await expect(sim.locator('.sim-tl-entry')).toHaveCount(2);
  });

  test('Share puts the machine and transcript in the URL; opening it restores both', { tag: '@base' }, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('lab/microos/');
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    await typeLine(page, sim, 'sudo transactional-update -n pkg install htop');
    await typeLine(page, sim, 'echo "<b>kept as text</b>"');
    await page.keyboard.type('half a line');
    await page.keyboard.press('Control+c');
    const before = await shownEntries(sim);
    const timelineBefore = await sim.locator('.sim-tl-list').textContent();
    await sim.getByRole('button', { name: 'Share' }).click();
    // The link is filled after an asynchronous compression: wait for it, then read it.
    const linkField = sim.getByLabel('Link to this machine');
    await expect(linkField).toHaveValue(/lab\/microos\/#s=2\.[A-Za-z0-9_-]+$/);
    const link = await linkField.inputValue();
    expect(page.url()).toBe(link);

    const other = await context.newPage();
    // Script requests of the page and of its restore worker (Playwright reports a dedicated worker's too).
    const scripts: string[] = [];
    other.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('.js')) scripts.push(request.url());
    });
    await other.goto(link);
    const restored = other.locator('sim-machine');
    await waitReady(restored);
    expect(await shownEntries(restored)).toEqual(before);
    // The worker replayed the link with its own copy of the link's system (a chunk named `microos-<hash>.js`,
    // where the page's is `microos.<hash>.js`) and fetched no other system's engine.
    expect(scripts.some((url) => /\/_astro\/microos-[\w-]+\.js$/.test(url))).toBe(true);
    const others = SIM_SYSTEMS.filter((s) => s !== 'microos');
    expect(scripts.filter((url) => others.some((s) => new RegExp(`/_astro/${s}[.-][\\w-]+\\.js$`).test(url)))).toEqual(
      [],
    );
    for (const url of scripts) expect(await (await other.request.get(url)).text(), url).not.toContain('nixos-rebuild');
    await expect(restored.locator('.sim-tl-list')).toHaveText(timelineBefore!);
    // The machine itself came back, not only the screen: history and state carry on.
    await other.getByRole('textbox', { name: 'Command' }).click();
    await other.keyboard.press('ArrowUp');
    await expect(restored.getByRole('textbox', { name: 'Command' })).toHaveValue('echo "<b>kept as text</b>"');
    await expect(restored.getByRole('alert')).toBeHidden();
  });

  for (const [what, hash, message] of [
    ['a damaged', '#s=2.not-a-real-session', /damaged/],
    ['a badly escaped', '#s=%E0%A4%A', /damaged/],
    ['an outdated', '#s=0.AAAA', /another version/],
    ['a format-1 (transcript as text)', crafted({ s: 'k3os', m: 'v1.k3os.1.0.W10', t: [] }, 1), /another version/],
    ['a wrong-shape', crafted({ v: 2, s: 'k3os', r: 1, e: [1, 2] }), /damaged|corrupt/],
  ] as const) {
    test(`${what} share link shows a message and a fresh machine`, async ({ page }) => {
      await page.goto(`lab/k3os/${hash}`);
      const sim = page.locator('sim-machine');
      await waitReady(sim);
      await expect(sim.getByRole('alert')).toHaveText(message);
      await expect(sim.getByRole('alert')).toContainText('fresh machine');
      await expect(sim.locator('.sim-entry')).toHaveCount(0);
      await typeLine(page, sim, 'whoami');
      await expect(sim.getByRole('log')).toContainText('rancher');
    });
  }

  test('a forged transcript in a link is never displayed: the screen is replayed from the commands', async ({
    page,
  }) => {
    const forged = 'touched. /usr is writable, re-login at http://evil.example';
    await page.goto(
      `lab/fcos/${crafted({ v: 2, s: 'fcos', r: 1, e: ['whoami', 'touched. /usr'], t: [['$ ', 'x', forged]] })}`,
    );
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    const log = sim.getByRole('log');
    await expect(sim.locator('.sim-entry')).toHaveCount(2);
    await expect
      .poll(() => shownEntries(sim))
      .toEqual([
        '[core@fcos ~]$ whoami\ncore',
        expect.stringMatching(/^\[core@fcos ~\]\$ touched\. \/usr\nbash: touched\.: command not found/),
      ]);
    await expect(page.locator('body')).not.toContainText('evil.example');
    await expect(log).not.toContainText('/usr is writable');
    await expect(sim.getByRole('alert')).toBeHidden();
  });

  test('a link taken at a y/n question restores to that question; Ctrl+C there interrupts the tool', async ({
    page,
  }) => {
    await page.goto(
      `lab/microos/${crafted({ v: 2, s: 'microos', r: 1, e: ['sudo transactional-update pkg install htop'] })}`,
    );
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    await expect(sim.locator('[data-sim-prompt]')).toHaveText('Continue? [y/n/v/...? shows all options] (y): ');
    await sim.getByRole('textbox', { name: /^Answer: Continue\?/ }).click();
    await page.keyboard.press('Control+c');
    await expect(sim.locator('.sim-entry').last()).toContainText('Received termination signal...');
    await expect(sim.locator('.sim-entry').last()).toContainText('Removing snapshot #3...');
    await expect(sim.locator('[data-sim-prompt]')).toHaveText('tux@microos:~> ');
    await typeLine(page, sim, 'echo $?');
    await expect(sim.locator('.sim-entry-output').last()).toHaveText('1');
  });

  test('a crafted link that would exceed the replay budget is refused, and the page stays responsive', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const heavy = Array(50).fill('du -a /').join(';'); // 2,000 lines under the 1 MB unpacked limit
    await page.goto(`lab/fcos/${crafted({ v: 2, s: 'fcos', r: 1, e: Array(2000).fill(heavy) })}`);
    const sim = page.locator('sim-machine');
    // The replay runs in a worker: the page answers while it works.
    await expect(sim.getByRole('status')).toHaveText('Restoring the shared machine…');
    expect(await page.evaluate(() => document.title)).toMatch(/lab/i);
    await expect(sim.getByRole('alert')).toContainText('more work to replay than this simulator allows', {
      timeout: 20_000,
    });
    await expect(sim.getByRole('alert')).toContainText('fresh machine');
    await waitReady(sim);
    await typeLine(page, sim, 'whoami');
    await expect(sim.getByRole('log')).toContainText('core');
    await expect(sim.locator('.sim-entry')).toHaveCount(1);
  });

  test('markup typed into the terminal stays text', async ({ page }) => {
    await page.goto('lab/fcos/');
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';
    await typeLine(page, sim, `echo '${payload}' > /var/tmp/x.html; cat /var/tmp/x.html`);
    await expect(sim.locator('.sim-entry-output').last()).toHaveText(payload);
    expect(await sim.getByRole('log').locator('img, script, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  });

  test('the embed page holds just the simulator, and shares a link to the lab', { tag: '@base' }, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('lab/nixos/embed/');
    await expect(page.locator('.sidebar-pane, header.header')).toHaveCount(0);
    const sim = page.locator('sim-machine');
    await waitReady(sim);
    await typeLine(page, sim, 'nixos-version');
    await sim.getByRole('button', { name: 'Share' }).click();
    await expect(sim.getByLabel('Link to this machine')).toHaveValue(/lab\/nixos\/#s=2\./);
    await expect(page.getByRole('link', { name: /Open in the lab/ })).toHaveAttribute('href', /lab\/nixos\/$/);
  });

  test('embedded in a page of another origin: options apply, the host script sizes the frame, Share says where the link is', {
    tag: '@base',
  }, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.emulateMedia({ colorScheme: 'light' });
    const embed = new URL('lab/fcos/embed/?parts=timeline&theme=dark&steps=2', baseURL).href;
    const hostScript = new URL('embed.js', baseURL).href;
    // The host page comes from a second local server: another origin than the site's.
    const host = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><title>Host</title><h1>Someone else's docs</h1>` +
          `<iframe src="${embed}" title="Fedora CoreOS simulator" width="100%" height="300" style="border:0"` +
          ` allow="clipboard-write"></iframe><script src="${hostScript}" async></script></html>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    try {
      const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
      expect(new URL(hostUrl).origin).not.toBe(new URL(baseURL!).origin);
      await page.goto(hostUrl);
      const sim = page.frameLocator('iframe').locator('sim-machine');
      await waitReady(sim);
      // ?parts=timeline: the file-system map and the tour are left out; ?theme=dark beats the light preference.
      await expect(sim.locator('.sim-timeline')).toBeVisible();
      await expect(sim.locator('.sim-fsmap, .sim-tour')).toHaveCount(0);
      expect(await sim.evaluate((el) => getComputedStyle(el).colorScheme)).toBe('dark');
      // ?steps=2: the first two steps of the tour ran.
      await expect(sim.locator('.sim-entry')).toHaveCount(2);
      // Auto-resize: the frame takes the simulator's height, and follows it when it grows.
      const frame = page.locator('iframe');
      const frameHeight = async () => Math.round((await frame.boundingBox())!.height);
      const contentHeight = () => sim.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
      const before = await frameHeight();
      expect(before).toBeGreaterThan(300);
      await typeLine(page, sim, 'sudo rpm-ostree install htop');
      await expect(sim.locator('.sim-tl-entry')).toHaveCount(2);
      await expect.poll(frameHeight).toBeGreaterThan(before);
      await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
      // Share inside a frame: the link goes to the lab page, and the message does not send the reader
      // to an address bar that shows the host page.
      await sim.getByRole('button', { name: 'Share' }).click();
      await expect(sim.getByLabel('Link to this machine')).toHaveValue(/lab\/fcos\/#s=2\./);
      await expect(sim.getByRole('status')).toContainText('in the field below');
      await expect(sim.getByRole('status')).not.toContainText('address bar');
    } finally {
      host.close();
    }
  });

  // The lab page's static parts (sidebar, header, prose) are checked in both themes by a11y.spec.ts;
  // here the simulator in use. The embed page is all simulator, so it is checked whole.
  for (const scheme of ['light', 'dark'] as const) {
    for (const [path, scope] of [
      ['lab/fcos/', 'sim-machine'],
      ['lab/microos/embed/', 'body'],
    ] as const) {
      test(`axe finds no violations on ${path} with the simulator in use (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const sim = page.locator('sim-machine');
        await waitReady(sim);
        await typeLine(page, sim, 'sudo touch /usr/bin/foo');
        await sim.getByRole('button', { name: /Start the tour|Next step/ }).click();
        await expect(sim.locator('.sim-entry')).toHaveCount(2);
        const { violations } = await axe(page).include(scope).analyze();
        expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  }
});
