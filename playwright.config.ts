import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium-path.mjs';
import { normalizeBase } from './src/markdown/paths.ts';

// The e2e tests run against the built site (`npm run build`), served by `astro preview`.
// BASE_PATH set at build time must be set here too: CI runs the suite at / and at a sub-path.
const base = normalizeBase(process.env.BASE_PATH);
const port = Number(process.env.E2E_PORT ?? 4329);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    // --ignore-lock: several builds are served side by side from one tree (one port each); Astro 7
    // otherwise allows one preview server per project and refuses or replaces the others.
    command: `npm run preview -- --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
