import type { PathLike } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidates, findHeadlessChromium, knownLocations } from '../../../scripts/chromium-path.mjs';

describe('where a browser is looked for', () => {
  it('on macOS: Chrome, Chromium and Edge in /Applications and ~/Applications', () => {
    const places = knownLocations('darwin', {});
    expect(places).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(places).toContain('/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(places).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
  });

  it('on Windows: Chrome and Edge under Program Files and the user profile', () => {
    const places = knownLocations('win32', {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local',
    });
    expect(places).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(places).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(places).toContain('C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('on Linux: the distributions’ Chromium and Chrome, then the same names on PATH', () => {
    const places = candidates({ PATH: '/opt/bin:/usr/local/bin' }, 'linux');
    expect(places.slice(0, 3)).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome-stable',
    ]);
    expect(places).toContain('/opt/bin/google-chrome');
    expect(places).toContain('/usr/local/bin/chromium');
  });

  it('an explicit CHROMIUM_PATH (or CHROME_PATH) comes first', () => {
    expect(candidates({ CHROMIUM_PATH: '/x/chrome', CHROME_PATH: '/y/chrome' }, 'linux').slice(0, 2)).toEqual([
      '/x/chrome',
      '/y/chrome',
    ]);
  });
});

describe('the browser for tests and PDFs', () => {
  const only =
    (...present: string[]) =>
    (p: PathLike) =>
      present.includes(String(p));
  const desktop = () => '/usr/bin/chromium';

  it('prefers Chromium’s headless shell on Linux when it is installed', () => {
    const found = findHeadlessChromium({
      env: {},
      platform: 'linux',
      exists: only('/usr/bin/chromium-headless-shell', '/usr/bin/chromium'),
      fallback: desktop,
    });
    expect(found).toBe('/usr/bin/chromium-headless-shell');
  });

  it('falls back to the desktop browser without a headless shell', () => {
    expect(
      findHeadlessChromium({ env: {}, platform: 'linux', exists: only('/usr/bin/chromium'), fallback: desktop }),
    ).toBe('/usr/bin/chromium');
  });

  it('an explicit CHROMIUM_PATH wins over the headless shell', () => {
    const found = findHeadlessChromium({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      platform: 'linux',
      exists: only('/opt/chrome/chrome', '/usr/bin/chromium-headless-shell'),
      fallback: desktop,
    });
    expect(found).toBe('/opt/chrome/chrome');
  });
});
