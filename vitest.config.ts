import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // One module cache per worker instead of one per test file: the suites share no mutable state
    // (no mocks, no stubbed environment), and importing the engine, Astro and Playwright afresh for each
    // of the 64 files was ~85 % of the run (measured: 106-129 s isolated, 27-34 s shared, load ~17).
    isolate: false,
  },
});
