import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // One module cache per worker instead of one per test file: the suites share no mutable state
    // (no mocks, no stubbed environment), and importing the engine, Astro and Playwright afresh for each
    // of the 64 files was ~85 % of the run (measured: 106-129 s isolated, 27-34 s shared, load ~17).
    isolate: false,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine, which then
    // sits idle while a fixture build (a child process, tests/build/) runs. Each fixture build has its
    // own copy of the project (tests/build/fixture-site.ts), so builds on two workers cannot collide.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
