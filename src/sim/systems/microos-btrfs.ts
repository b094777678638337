// btrfs-progs on openSUSE MicroOS: the subvolume layout, the default subvolume (the snapshot that
// boots next) and the read-only property of the running snapshot. Output formats from btrfs-progs
// cmds/subvolume.c (list, get-default, show) and cmds/property.c:
// https://github.com/kdave/btrfs-progs/blob/master/cmds/subvolume.c
import type { CmdFn, Io } from '../kernel.ts';

/** What the module tells btrfs about its disk: snapshot numbers, the running and the default one. */
export interface BtrfsView {
  snapshots: number[];
  booted: number;
  def: number;
  /** Generation counter, grows with every transaction. */
  generation: number;
}

/** openSUSE's installer layout: @ and its children, then one subvolume per snapper snapshot. */
const LAYOUT: [number, string][] = [
  [256, '@'],
  [257, '@/var'],
  [258, '@/usr/local'],
  [259, '@/srv'],
  [260, '@/root'],
  [261, '@/opt'],
  [262, '@/home'],
  [263, '@/boot/grub2/x86_64-efi'],
  [264, '@/boot/grub2/i386-pc'],
  [265, '@/.snapshots'],
];
/** Snapshot N is subvolume 265 + N (the installer's snapshot 1 is 266). */
export const snapshotId = (n: number) => 265 + n;

function rows(v: BtrfsView): [number, number, string][] {
  return [
    ...LAYOUT.map(([id, path]) => [id, id === 256 ? 5 : 256, path] as [number, number, string]),
    ...v.snapshots
      .filter((n) => n > 0)
      .map((n) => [snapshotId(n), 265, `@/.snapshots/${n}/snapshot`] as [number, number, string]),
  ];
}

export function btrfsCommand(view: (io: Io) => BtrfsView): CmdFn {
  return (io, args) => {
    const [group, sub, ...rest] = args;
    const v = view(io);
    if (group === 'subvolume' || group === 'subvol' || group === 'sub') {
      if (io.cred.user !== 'root' && sub !== 'get-default') {
        io.err('ERROR: cannot perform the search: Operation not permitted\n');
        return 1;
      }
      if (sub === 'list') {
        for (const [id, top, path] of rows(v)) io.out(`ID ${id} gen ${v.generation} top level ${top} path ${path}\n`);
        return 0;
      }
      if (sub === 'get-default') {
        io.out(`ID ${snapshotId(v.def)} gen ${v.generation} top level 265 path @/.snapshots/${v.def}/snapshot\n`);
        return 0;
      }
      if (sub === 'show') {
        const target = rest[0] ?? '/';
        const n = target === '/' ? v.booted : Number(/\.snapshots\/(\d+)/.exec(target)?.[1] ?? NaN);
        if (!v.snapshots.includes(n)) {
          io.err(`ERROR: Not a Btrfs subvolume: Invalid argument\n`);
          return 1;
        }
        io.out(
          `@/.snapshots/${n}/snapshot\n\tName: \t\t\tsnapshot\n\tSubvolume ID: \t\t${snapshotId(n)}\n` +
            `\tParent ID: \t\t265\n\tTop level ID: \t\t265\n\tFlags: \t\t\treadonly\n`,
        );
        return 0;
      }
    }
    if (group === 'property' && sub === 'get') {
      const [target = '/', name] = rest;
      const ro = target === '/' || /^\/\.snapshots\/\d+\/snapshot\/?$/.test(target);
      if (name === undefined || name === 'ro') {
        io.out(`ro=${ro}\n`);
        return 0;
      }
      io.err(`ERROR: unknown property: ${name}\n`);
      return 1;
    }
    if (group === '--version' || group === 'version') {
      // cmd_version(): PACKAGE_STRING ("btrfs-progs v6.19"), then help_builtin_features()'s line of
      // +/- build options (https://github.com/kdave/btrfs-progs/blob/v6.19/common/help.c), which
      // depends on openSUSE's build and is in no source we read, so it is left out and said. v6.19
      // (2026-02-13) is the newest release tag in kdave/btrfs-progs as read on 2026-03-10; whether
      // Tumbleweed's btrfsprogs of November 2026 is newer is not known.
      io.out('btrfs-progs v6.19\n');
      io.err('(simulator: the real command adds a line of build features, e.g. -EXPERIMENTAL -INJECT ...)\n');
      return 0;
    }
    io.err(
      `btrfs ${[group, sub].filter(Boolean).join(' ')}: installed on openSUSE MicroOS; this simulator does not emulate it\n`,
    );
    return 1;
  };
}
