// Where a usable Chromium-family browser lives on this machine, or undefined. Shared by the test
// runner's config, the benchmark and the PDF export. Looks, in order, at $CHROMIUM_PATH (and
// $CHROME_PATH, the name chrome-launcher and Puppeteer users already set), the usual install places
// of Chromium, Chrome and Edge on Linux, macOS and Windows, the same browsers' names on $PATH, and
// last Playwright's own download.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';

/** Install locations by platform, most specific first. */
export function knownLocations(platform = process.platform, env = process.env) {
  if (platform === 'darwin') {
    const apps = [
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Brave Browser.app/Contents/MacOS/Brave Browser',
    ];
    return ['/Applications', path.join(homedir(), 'Applications')].flatMap((dir) =>
      apps.map((app) => path.posix.join(dir, app)),
    );
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.ProgramW6432].filter(Boolean);
    const exes = [
      'Chromium\\Application\\chrome.exe',
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    return roots.flatMap((root) => exes.map((exe) => path.win32.join(root, exe)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/** The same browsers by command name, for installs that only put a link on $PATH. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'microsoft-edge', 'chrome'];

function onPath(env = process.env, platform = process.platform) {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const dirs = (env.PATH ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  const suffixes = platform === 'win32' ? ['.exe'] : [''];
  return dirs.flatMap((dir) => COMMANDS.flatMap((cmd) => suffixes.map((s) => join(dir, cmd + s))));
}

/** Every place looked at, in order (shown when none is found). */
export function candidates(env = process.env, platform = process.platform) {
  return [env.CHROMIUM_PATH, env.CHROME_PATH, ...knownLocations(platform, env), ...onPath(env, platform)].filter(
    (c) => typeof c === 'string' && c.length > 0,
  );
}

export function findChromium() {
  for (const candidate of candidates()) if (existsSync(candidate)) return candidate;
  try {
    // Loaded only here, the last resort: Playwright takes about a second to load, which a PDF step
    // that reuses its cached PDFs (scripts/pdf.mjs) would otherwise spend for nothing.
    const { chromium } = createRequire(import.meta.url)('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here; fall through.
  }
  return undefined;
}

/**
 * Chromium's headless shell: the same Blink engine as the browser, built for automation without the
 * desktop browser's UI layers. Measured here on the docs, content and deck specs (36 tests): 84-89 s
 * against 153-170 s with /usr/bin/chromium, same results. Debian and Ubuntu package it as
 * chromium-headless-shell.
 */
export const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell'];

/**
 * The browser for headless work (the e2e tests, the PDF export): an explicit CHROMIUM_PATH or
 * CHROME_PATH first, then a headless shell, then any browser findChromium() finds.
 */
export function findHeadlessChromium({
  env = process.env,
  platform = process.platform,
  exists = existsSync,
  fallback = findChromium,
} = {}) {
  const explicit = [env.CHROMIUM_PATH, env.CHROME_PATH].find((c) => typeof c === 'string' && c.length > 0);
  if (explicit && exists(explicit)) return explicit;
  if (platform === 'linux') for (const shell of HEADLESS_SHELLS) if (exists(shell)) return shell;
  return fallback();
}

/** How to get a browser, for messages. */
export const HOW_TO_GET_CHROMIUM =
  'Set CHROMIUM_PATH to a Chromium, Chrome or Edge binary, or install one ' +
  '(Debian/Ubuntu: sudo apt-get install chromium; macOS: Google Chrome in /Applications), ' +
  'or let Playwright download its own: npx playwright install chromium';
