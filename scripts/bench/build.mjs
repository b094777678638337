/** Builds the site (npm run build) into its own output dir and measures wall time and size. */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export function dirBytes(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const s = statSync(full);
    total += s.isDirectory() ? dirBytes(full) : s.size;
  }
  return total;
}

/**
 * Two builds into the same output: the first with an empty build cache (src/build-cache/, every PDF
 * and social card made), the second with nothing changed (both reused), as a rebuild is.
 */
export function buildColdAndWarm(env) {
  rmSync(env.BUILD_CACHE_DIR, { recursive: true, force: true });
  const cold = buildSite(env);
  const warm = buildSite(env);
  return { buildSeconds: cold.buildSeconds, rebuildSeconds: warm.buildSeconds, distBytes: warm.distBytes };
}

export function buildSite(env) {
  const started = performance.now();
  const run = spawnSync('npm', ['run', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status})`);
  return { buildSeconds: Math.round(seconds * 10) / 10, distBytes: dirBytes(env.OUT_DIR) };
}
