// bootc on Fedora CoreOS: the same deployments rpm-ostree manages, seen as images. Formats from
// https://github.com/bootc-dev/bootc/blob/534c76ea474a356aa288f6767635e579ea2614d5/crates/lib/src/status.rs
// (human_render_slot) and crates/lib/src/cli.rs, deploy.rs (upgrade, switch, rollback).
import type { CmdFn, Io } from '../../kernel.ts';
import { opts } from '../../coreutils.ts';
import { RELEASES, type Deployment, bootEntries, mergeDeployment, requireRoot, specOf, stage, st } from './model.ts';

/** "quay.io/fedora/fedora-coreos:stable" from "ostree-image-signed:docker://quay.io/…" (registry is not shown). */
function imageName(origin: string): string {
  return origin.replace(
    /^ostree-(unverified-registry|image-signed|unverified-image|remote-image:[^:]*):(docker:\/\/)?/,
    '',
  );
}

/** An origin with rpm-ostree's [packages] or [overrides] groups: bootc shows no image for it (status.rs). */
const incompatible = (d: Deployment) => [d.packages, d.removed, d.replaced, d.remote].some((l) => l.length > 0);

function slot(label: string, d: Deployment): string {
  const rel = RELEASES[d.release];
  const row = (key: string, value: string, width: number) => `${key.padStart(width)}: ${value}\n`;
  if (incompatible(d)) {
    // human_render_slot_ostree(): the label alone, then the commit; rows are padded to the label's
    // length in bytes (prefix.len()), so the booted one's "●" (3 bytes) adds two spaces.
    const prefix = label.replace(' image', ' ostree');
    const width = new TextEncoder().encode(prefix).length;
    return `${prefix}\n${row('Commit', d.checksum, width)}${d.pinned ? row('Pinned', 'yes', width) : ''}`;
  }
  const width = label.length;
  return (
    `${label}: ${imageName(d.origin)}\n` +
    row('Digest', `sha256:${d.digest} (amd64)`, width) +
    row('Version', `${rel?.version} (${rel?.built})`, width) +
    (d.pinned ? row('Pinned', 'yes', width) : '')
  );
}

function status(io: Io): number {
  const s = st(io.k);
  const bi = s.deps.indexOf(s.booted);
  const staged = s.deps.find((d) => d.staged);
  const rollback = bi === 0 ? s.deps[1] : s.deps[0];
  const parts: string[] = [];
  if (staged) parts.push(slot('  Staged image', staged));
  parts.push(slot('● Booted image', s.booted));
  if (rollback && rollback !== staged) parts.push(slot('  Rollback image', rollback));
  io.out(parts.join('\n'));
  return 0;
}

/** bootc refuses deployments with rpm-ostree layering (cli.rs). */
function layered(io: Io): boolean {
  const s = st(io.k);
  const staged = s.deps.find((d) => d.staged);
  if (!incompatible(s.booted) && !(staged && incompatible(staged))) return false;
  io.err(
    'error: Upgrading: Deployment contains local rpm-ostree modifications; cannot upgrade via bootc. You can run `rpm-ostree reset` to undo the modifications.\n',
  );
  return true;
}

function upgrade(io: Io, args: string[], origin?: string): number {
  const k = io.k;
  const s = st(k);
  const { long } = opts(args);
  if (requireRoot(io)) return 1;
  if (layered(io)) return 1;
  const base = specOf(mergeDeployment(s));
  const latest = RELEASES.length - 1;
  const target = { ...base, origin: origin ?? base.origin, release: latest };
  if (!origin && base.release >= latest) {
    io.out('No update available.\n');
    return 0;
  }
  if (long.includes('--check')) {
    io.out(
      `Update available for: docker://${imageName(base.origin)}\n  Version: ${RELEASES[latest]?.version}\n  Digest: sha256:${s.digests[latest]}\n`,
    );
    return 0;
  }
  const d = stage(k, target);
  io.out(`Queued for next boot: ${imageName(d.origin)}\n  Version: ${RELEASES[d.release]?.version}\n`);
  if (long.includes('--apply')) io.out(k.reboot());
  return 0;
}

function rollback(io: Io): number {
  const k = io.k;
  const s = st(k);
  if (requireRoot(io)) return 1;
  // "If there is a `staged` entry (an unapplied queued upgrade) then it will be discarded" (cli.rs).
  const settled = s.deps.filter((d) => !d.staged);
  const bi = settled.indexOf(s.booted);
  const reverting = bi !== 0;
  if (reverting) io.out('notice: Reverting queued rollback state\n');
  const other = bi === 0 ? settled[1] : settled[0];
  if (!other) {
    io.err('error: No rollback available\n');
    return 1;
  }
  s.deps = settled;
  const first = reverting ? s.booted : other;
  s.deps = [first, ...s.deps.filter((d) => d !== first)];
  bootEntries(k);
  io.out(reverting ? 'Next boot: current deployment\n' : 'Next boot: rollback deployment\n');
  return 0;
}

const USAGE =
  'Deploy and transactionally in-place with bootable container images\n\nUsage: bootc <COMMAND>\n\nCommands:\n' +
  '  upgrade   Download and queue an updated container image to apply\n' +
  '  switch    Target a new container image reference to boot\n' +
  '  rollback  Change the bootloader entry ordering; the deployment under `rollback` will be queued for the next boot, and the current will become rollback.  If there is a `staged` entry (an unapplied queued upgrade) then it will be discarded\n' +
  '  edit      Apply full changes to the host specification\n' +
  '  status    Display status\n' +
  '  usr-overlay  Add a transient writable overlayfs on `/usr`\n' +
  '  install   Install the running container to a target\n' +
  '  help      Print this message or the help of the given subcommand(s)\n\nOptions:\n  -h, --help     Print help\n  -V, --version  Print version\n';

export const bootc: CmdFn = (io, args) => {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'status':
      return status(io);
    case 'upgrade':
    case 'update':
      return upgrade(io, rest);
    case 'switch': {
      const target = opts(rest).rest[0];
      if (!target) {
        io.err(
          "error: the following required arguments were not provided:\n  <TARGET>\n\nUsage: bootc switch <TARGET>\n\nFor more information, try '--help'.\n",
        );
        return 2;
      }
      return upgrade(io, rest, `ostree-unverified-registry:${target.replace(/^docker:\/\//, '')}`);
    }
    case 'rollback':
      return rollback(io);
    case '-V':
    case '--version':
      io.out('bootc 1.16.9\n');
      return 0;
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      (sub === undefined ? io.err : io.out).call(io, USAGE);
      return sub === undefined ? 2 : 0;
    default:
      io.err(
        `error: unrecognized subcommand '${sub}'\n\nUsage: bootc <COMMAND>\n\nFor more information, try '--help'.\n`,
      );
      return 2;
  }
};
