// Finds a Chromium for the end-to-end tests, or installs Debian's, or says how to get one.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download; then, as root on
// Debian, `apt-get install chromium`. Prints the path it settled on.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

let found = findChromium();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && isDebian) {
    console.log('No Chromium found; installing Debian\'s chromium package (apt-get install -y chromium)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execSync('apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core', { stdio: 'inherit', env });
    found = findChromium();
  }
}
if (!found) {
  console.error(
    'No Chromium was found for the end-to-end tests.\n' +
      'Set CHROMIUM_PATH to a Chromium or Chrome binary, install one (Debian/Ubuntu: sudo apt-get install chromium),\n' +
      'or let Playwright download its own: npx playwright install chromium',
  );
  process.exit(1);
}
console.log(`Chromium for the tests: ${found}`);
