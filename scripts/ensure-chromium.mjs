// Finds what the end-to-end tests need outside npm: a Chromium (and its headless shell where the
// distribution has one), and poppler-utils (pdfinfo, pdftotext) for the PDF export's tests. Looks
// for a browser as scripts/chromium-path.mjs does.
// What is missing is installed from Debian's packages when running as root on Debian; otherwise it
// stops and says how to get it.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { HEADLESS_SHELLS, HOW_TO_GET_CHROMIUM, findChromium, findHeadlessChromium } from './chromium-path.mjs';

const onPath = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

const missing = [];
if (!findChromium()) missing.push('chromium');
if (!onPath('pdfinfo') || !onPath('pdftotext')) missing.push('poppler-utils');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
let aptUpdated = false;
const aptInstall = (packages) => {
  if (!aptUpdated) execSync('apt-get update -qq', { stdio: 'inherit', env: aptEnv });
  aptUpdated = true;
  execSync(`apt-get install -y -qq ${packages}`, { stdio: 'inherit', env: aptEnv });
};

if (missing.length && isRoot && isDebian) {
  const packages = [...missing, ...(missing.includes('chromium') ? ['fonts-dejavu-core'] : [])].join(' ');
  console.log(`Installing Debian packages the tests need: ${packages}`);
  aptInstall(packages);
}
// The headless shell runs the tests in about half the time (scripts/chromium-path.mjs). Optional:
// where the distribution has no such package, the tests use the browser found above.
if (isRoot && isDebian && !process.env.CHROMIUM_PATH && !HEADLESS_SHELLS.some((p) => existsSync(p))) {
  try {
    console.log('Installing chromium-headless-shell, the faster browser for the tests');
    aptInstall('chromium-headless-shell');
  } catch {
    console.log('chromium-headless-shell is not available here; the tests use the desktop browser.');
  }
}

const chromium = findHeadlessChromium();
if (!chromium) {
  console.error(`No Chromium was found for the end-to-end tests.\n${HOW_TO_GET_CHROMIUM}.`);
  process.exit(1);
}
if (!onPath('pdfinfo') || !onPath('pdftotext')) {
  console.error(
    'The PDF tests need pdfinfo and pdftotext: install poppler-utils (Debian/Ubuntu: sudo apt-get install poppler-utils; macOS: brew install poppler).',
  );
  process.exit(1);
}
console.log(`Chromium for the tests: ${chromium}`);
