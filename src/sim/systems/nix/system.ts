// What the NixOS simulator models as installed: the release, its kernel, the packages the binary
// cache offers, and the state of the machine (store, generations, the running system).
import { buildTree, dir, file, type DirNode } from '../../fs.ts';
import type { Io, Kernel } from '../../kernel.ts';
import { contentHash, NIX_BASE32 } from '../../state.ts';
import { dict, elf } from '../common.ts';

export const NIXOS_VERSION = '26.05.20261120.4f1c8b7';
export const CONFIG = '/etc/nixos/configuration.nix';
export const PROFILE = '/nix/var/nix/profiles/system';
/** The 26.05 code name: nixpkgs nixos/doc/manual/release-notes/rl-2605.section.md ("Release 26.05 (\"Yarara\" ..."). */
export const CODENAME = 'Yarara';
/** The simulated build's Nixpkgs commit, which NIXOS_VERSION abbreviates (fictional, like its date). */
export const REVISION = `4f1c8b7${contentHash('nixpkgs-revision', '0123456789abcdef', 33)}`;
/**
 * The kernel: linuxPackages is 6.18 since nixpkgs PR #485549 ("linuxPackages: 6.12 -> 6.18", merged
 * 2026-01-31, before the 26.05 branch-off); 6.18.5 is the version pkgs/os-specific/linux/kernel/
 * kernels-org.json pins at nixpkgs commit 001fc17c45755c8cf48b0ffc996e8a4e92543714.
 */
export const KERNEL = '6.18.5';
/**
 * uname -v: manual-config.nix builds with KBUILD_BUILD_VERSION=1-NixOS and KBUILD_BUILD_TIMESTAMP from
 * SOURCE_DATE_EPOCH, which the unpack phase sets to the newest file in the kernel tarball (its release
 * time). The date is the one a NixOS 6.18.5 machine reports (a published TLP report of that kernel).
 */
export const KERNEL_BUILD = '#1-NixOS SMP PREEMPT_DYNAMIC Sun Jan 11 14:26:20 UTC 2026';

/** Nix's renderSize() (src/libutil/util.cc): the unit where the value is at most 1024, KiB at least. */
export function renderSize(bytes: number): string {
  let unit = 0;
  let abs = bytes;
  while (abs > 1024 && unit < 4) {
    unit++;
    abs = Math.floor(abs / 1024);
  }
  const power = Math.max(1, unit);
  return `${(bytes / 1024 ** power).toFixed(1)} ${'KKMGT'[unit]}iB`;
}

export const PACKAGES: Record<string, string> = dict({
  vim: '9.1.1818',
  wget: '1.25.0',
  htop: '3.4.1',
  tmux: '3.5a',
  git: '2.51.2',
  tree: '2.2.1',
  cowsay: '3.8.4',
  ripgrep: '15.1.0',
  curl: '8.17.0',
});
export const BINS: Record<string, string[]> = dict({ vim: ['vim', 'vi'], ripgrep: ['rg'] });

export interface Generation {
  n: number;
  path: string;
  date: number;
  packages: string[];
}
export interface NixState {
  root: DirNode;
  store: DirNode;
  gens: Generation[];
  profile: number; // the generation the profile link points to
  bootDefault: string; // store path the boot loader starts
  active: string; // /run/current-system
  booted: string;
  bootEntries: number[];
  /** Inside `nix-shell -p`: the packages it added and the PATH to restore at `exit`. */
  nixShell?: { packages: string[]; path: string };
}
export const st = (k: Kernel) => k.sys as NixState;

export const storeHash = (s: string) => contentHash(s, NIX_BASE32, 32);
export const storeName = (p: string) => p.replace('/nix/store/', '');

/** The store path of a package from the binary cache. */
export const pkgPath = (p: string) => `/nix/store/${storeHash('pkg:' + p)}-${p}-${PACKAGES[p]}`;

/** A package's store path contents: its programs under bin/. */
export function packageNode(p: string): DirNode {
  const bins = buildTree({});
  for (const b of BINS[p] ?? [p]) bins.kids.set(b, file(elf(b), 0o555));
  const d = dir(0o555);
  d.kids.set('bin', bins);
  return d;
}

/** What Nix prints before substituting `pkgs` from the binary cache. */
export function printFetch(io: Io, pkgs: string[]): void {
  if (!pkgs.length) return;
  // printMissing() in src/libmain/shared.cc: "this path" for one, sizes from renderSize()
  const sizes = `${renderSize(209715 * pkgs.length)} download, ${renderSize(629146 * pkgs.length)} unpacked`;
  const n = pkgs.length;
  io.err(`${n === 1 ? 'this path' : `these ${n} paths`} will be fetched (${sizes}):\n`);
  for (const p of pkgs) io.err(`  ${pkgPath(p)}\n`);
  for (const p of pkgs) io.err(`copying path '${pkgPath(p)}' from 'https://cache.nixos.org'...\n`);
}
