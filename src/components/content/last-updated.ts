/**
 * "Last updated" for a docs page, from git, at build time. Starlight's own lastUpdated reads git
 * only under src/content/docs, and our pages live in content/, so src/route-middleware.ts fills
 * the date from here. In a shallow clone every file would carry the date of its single commit,
 * and without git there is no history: then no date is shown rather than a wrong one.
 */
import { spawnSync } from 'node:child_process';

const git = (args: string[]) => spawnSync('git', args, { encoding: 'utf8' });

let fullHistory: boolean | undefined;
const cache = new Map<string, Date | undefined>();

/** The date of the newest commit that touched `filePath` (relative to the project), if git knows it. */
export function lastUpdatedOf(filePath: string): Date | undefined {
  if (fullHistory === undefined) {
    const r = git(['rev-parse', '--is-shallow-repository']);
    fullHistory = r.status === 0 && r.stdout.trim() === 'false';
  }
  if (!fullHistory) return undefined;
  if (!cache.has(filePath)) {
    const r = git(['log', '-1', '--format=%ct', '--', filePath]);
    const seconds = r.status === 0 ? Number.parseInt(r.stdout.trim(), 10) : Number.NaN;
    cache.set(filePath, Number.isFinite(seconds) ? new Date(seconds * 1000) : undefined);
  }
  return cache.get(filePath);
}
