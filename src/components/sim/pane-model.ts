/**
 * What the timeline and the file-system map show for an engine state, as plain data: used at build
 * time (the panes' first state is in the page's HTML, so nothing moves when the engine arrives) and
 * by the live views that redraw them. Pure: no DOM, no engine import.
 */
import type { FsMapEntry, TimelineEntry, TimelineView } from './engine-live.ts';

export const TIMELINE_TITLES: Record<TimelineView['kind'], string> = {
  deployments: 'Deployments',
  snapshots: 'Snapshots',
  generations: 'Generations',
  images: 'System images',
};

/** The flags a timeline entry carries as data attributes (for styling and tests). */
export const TIMELINE_FLAGS = ['booted', 'nextBoot', 'pinned', 'rollbackTarget', 'staged'] as const;

/** The badges beside a timeline entry's label, in reading order. */
export function timelineBadges(entry: TimelineEntry): string[] {
  const out: string[] = [];
  if (entry.booted) out.push('booted');
  if (entry.nextBoot) out.push('boots next');
  if (entry.staged) out.push('staged');
  if (entry.pinned) out.push('pinned');
  if (entry.rollbackTarget) out.push('rollback target');
  return out;
}

export const badgeClass = (badge: string): string => `sim-badge sim-badge-${badge.replace(/ /g, '-')}`;

export const packagesText = (entry: TimelineEntry): string => `Packages: ${entry.packages.join(', ')}`;

export const FS_KIND_TEXT: Record<FsMapEntry['kind'], string> = {
  'read-only': 'read-only',
  writable: 'writable',
  persistent: 'persistent',
  'reset-at-boot': 'reset at boot',
  link: 'link',
};

/**
 * What a pane was drawn from, as a string: a view redraws only when it changed. The build writes it
 * beside the first state (`data-key`), so the live view keeps the build's markup of a fresh machine
 * instead of drawing the same again while the page loads.
 */
export const paneKey = (drawnFrom: unknown): string => JSON.stringify(drawnFrom);

/** The command a directory's button types: a write as root, so only the mount can refuse it. */
export function probeCommand(path: string): string {
  return `sudo touch ${path.replace(/\/$/, '')}/written-from-the-map`;
}

/** A directory button's hover text: the mount line as findmnt prints it, and the command it types. */
export function fsEntryTitle(entry: FsMapEntry): string {
  return entry.mount
    ? `${entry.mount.source} ${entry.mount.fstype} ${entry.mount.options}\nTry: ${probeCommand(entry.path)}`
    : `Try: ${probeCommand(entry.path)}`;
}
