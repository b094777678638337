import { availableParallelism } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { findHeadlessChromium } from './scripts/chromium-path.mjs';
import { freePortSync } from './scripts/free-port.mjs';
import { normalizeBase } from './src/markdown/paths.ts';

// The e2e tests run against the built site (`npm run build`), served by `astro preview`.
// BASE_PATH (and OUT_DIR) set at build time must be set here too: `npm test` runs the suite at /
// and again at a sub-path.
const base = normalizeBase(process.env.BASE_PATH);
// Each run serves its own build on a free port. The port goes into the environment so that the
// worker processes, which evaluate this file again, use the same one.
process.env.E2E_PORT ||= String(freePortSync());
const port = Number(process.env.E2E_PORT);
const executablePath = findHeadlessChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  // One results folder per build: `npm test` runs the suites at / and at the base path side by side,
  // and Playwright empties its results folder when a run starts.
  outputDir: `test-results/${path.basename(process.env.OUT_DIR || 'dist')}`,
  // Two workers per core when a run is alone: a worker waiting on its page (navigation, transitions,
  // retried assertions) leaves the core to another; measured at load 15-19 on 2 cores, 4 workers took
  // 8.1 min and 2 workers 11.8. The suite itself is CPU-bound (about 8 CPU-minutes, mostly Chromium's
  // renderers). `npm test` runs the e2e runs at / and at the base path side by side and gives each one
  // worker per core (E2E_WORKERS), so no more tests share the machine than when they ran in turn.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS) || Math.min(8, 2 * availableParallelism()),
  retries: 0,
  reporter: [['list']],
  // Hang guards, not speed checks: tests wait for states, never for time. Sized for a machine loaded
  // ten times over: at load 15-22 (the suites side by side beside other developers' work) a share-link
  // restore took over 10 s to show its question and a page framing 22 others over 60 s.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  // A run at a BASE_PATH repeats only the tests tagged @base: those whose subject is an address the
  // base path changes (links, assets, deck routes, QR codes, embeds, share links, search results,
  // host header files, lazily loaded scripts). Everything else is the same at any base and runs at /.
  grep: base === '/' ? undefined : /@base\b/,
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
    // Never test a server this run did not start (another checkout's could answer on the port).
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
