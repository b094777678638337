/** Builds the site (npm run build) into its own output dir and measures wall time and size. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
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

export function buildSite(env) {
  const started = performance.now();
  const run = spawnSync('npm', ['run', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`npm run build failed (exit ${run.status})`);
  return { buildSeconds: Math.round(seconds * 10) / 10, distBytes: dirBytes(env.OUT_DIR) };
}
