// What rpm-ostree's client and daemon print around a transaction, shared by the builtins that
// change the deployment list (rpm-ostree.ts, override.ts). Sources: the commit cited in rpm-ostree.ts.
import type { Io, Kernel } from '../../kernel.ts';
import { iso } from '../../state.ts';
import { type DeploymentSpec, activeReplacements, pkgDiff, st } from './model.ts';

export const QUEUED = 'Changes queued for next boot. Run "systemctl reboot" to start a reboot\n';

/** `-r`/`--reboot`: the daemon reboots; the client prints no diff and no hint (rpmostree_transaction_client_run()). */
export function wantsReboot(flags: Set<string>, long: string[]): boolean {
  return flags.has('r') || long.includes('--reboot');
}

/**
 * What the client prints once a transaction that changed the default deployment is done: the diff
 * between the booted deployment and the new first one (nothing when they are the same), then the hint,
 * or a reboot with -r (rpmostree_transaction_client_run() in src/app/rpmostree-clientlib.cxx and
 * print_treepkg_diff_from_sysroot_path() in src/app/rpmostree-libbuiltin.cxx).
 */
export function finishTransaction(io: Io, reboot: boolean, hint = QUEUED): void {
  const s = st(io.k);
  if (reboot) {
    io.out(io.k.reboot());
    return;
  }
  const next = s.deps[0];
  if (next && next !== s.booted) io.out(pkgDiff(s.booted, next));
  io.out(hint);
}

/** The repositories Fedora CoreOS enables (/etc/yum.repos.d; updates-testing is there but disabled). */
export const ENABLED_REPOS = ['fedora-cisco-openh264', 'updates', 'fedora', 'updates-archive'];

/** The repository whose versions `override replace --experimental --from` can take: the newest release's. */
export const REMOTE_REPO = 'updates';
/** Download sizes of the base packages `--from repo=updates` may replace. */
export const REMOTE_SIZES: Record<string, string> = { podman: '18.1 MB', systemd: '4.3 MB' };

/** g_format_size(): SI units with one decimal, "bytes" below 1 kB. */
function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ['kB', 'MB', 'GB'];
  let v = bytes / 1000;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

/** "Will download: 2 packages (682.2 kB)": the count and the total size (rpmostree-core.cxx). */
export function willDownload(sizes: string[]): string {
  const unit: Record<string, number> = { bytes: 1, kB: 1e3, MB: 1e6, GB: 1e9 };
  const total = sizes.reduce((sum, s) => {
    const [n, u] = s.split(' ');
    return sum + Math.round(Number(n) * (unit[u ?? 'bytes'] ?? 1));
  }, 0);
  return `Will download: ${sizes.length} package${sizes.length === 1 ? '' : 's'} (${formatSize(total)})\n`;
}

/**
 * "Checking out packages", or with overrides "Applying N overrides[ and M overlays]" and "Processing
 * packages" (rpmostree_context_assemble() in src/libpriv/rpmostree-core.cxx).
 */
export function checkoutLines(spec: DeploymentSpec): string {
  const overrides = spec.removed.length + activeReplacements(spec).length;
  const overlays = spec.packages.length;
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  if (!overrides) return overlays ? 'Checking out packages... done\n' : '';
  const applying = overlays ? `${n(overrides, 'override')} and ${n(overlays, 'overlay')}` : n(overrides, 'override');
  return `Applying ${applying}\nProcessing packages... done\n`;
}

/** "Checking out tree abc1234... done": the base commit the new deployment is built on (rpmostree-sysroot-upgrader.cxx). */
export function checkoutTree(k: Kernel, release: number): string {
  return `Checking out tree ${(st(k).baseCommits[release] ?? '').slice(0, 7)}... done\n`;
}

/** The start of a change that downloads nothing (a removal, a reset): no repository metadata is read. */
export function checkoutOnly(k: Kernel, release: number): string {
  return `${checkoutTree(k, release)}Resolving dependencies... done\n`;
}

export function repoLines(k: Kernel, release: number): string {
  const gen = iso(k.clock.ms - 3 * 3600_000);
  return (
    [
      checkoutTree(k, release).trimEnd(),
      `Enabled rpm-md repositories: ${ENABLED_REPOS.join(' ')}`,
      "Updating metadata for 'fedora-cisco-openh264'... done",
      "Updating metadata for 'updates'... done",
      "Updating metadata for 'fedora'... done",
      "Updating metadata for 'updates-archive'... done",
      'Importing rpm-md... done',
      `rpm-md repo 'fedora-cisco-openh264'; generated: 2026-03-12T13:25:51Z solvables: 4`,
      `rpm-md repo 'updates'; generated: ${gen} solvables: 14212`,
      `rpm-md repo 'fedora'; generated: 2026-04-21T19:35:08Z solvables: 77402`,
      `rpm-md repo 'updates-archive'; generated: ${gen} solvables: 21908`,
      'Resolving dependencies... done',
    ].join('\n') + '\n'
  );
}

/**
 * The daemon's lines after dependencies are resolved: downloading and importing RPMs (`fetch`), then
 * checking them out, running their scripts and committing. A deployment with nothing layered or
 * overridden is the image's own commit: nothing is assembled.
 */
export function txnLines(spec: DeploymentSpec, fetch: 'download' | 'import' | 'none'): string {
  const checkout = checkoutLines(spec);
  if (!checkout) return '';
  const scripts =
    spec.packages.length || activeReplacements(spec).length
      ? 'Running pre scripts... done\nRunning post scripts... done\nRunning posttrans scripts... done\n'
      : '';
  const got =
    fetch === 'download'
      ? "Downloading from 'updates'... done\nImporting packages... done\n"
      : fetch === 'import'
        ? 'Importing packages... done\n'
        : '';
  return got + checkout + scripts + 'Writing rpmdb... done\nWriting OSTree commit... done\n';
}

export const RUN_REBOOT = 'Run "systemctl reboot" to start a reboot\n';
