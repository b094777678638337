// The machine's insides shared by the shell, coreutils and system modules.
import { Fs, ROOT, type Cred, type Node, FsError, ERRNO_TEXT, type Mount } from './fs.ts';
import { Clock, Rng } from './state.ts';

// The system ids come from the one registry of systems (src/systems/registry.ts).
import type { SystemId } from '../systems/registry.ts';
export type { SystemId };

export interface Io {
  k: Kernel;
  cred: Cred;
  /** Whether this process runs through sudo (affects nothing the kernel checks, only messages). */
  sudo: boolean;
  stdin: string | null;
  /** Whether stdout is the terminal (not a pipe or a file). */
  tty: boolean;
  out(s: string): void;
  clear(): void;
  err(s: string): void;
  /**
   * Asks a yes/no style question; the next line typed is passed to `then`. Ctrl+C at the question
   * calls `interrupt` (what the tool does on SIGINT); without one the question is dropped with status 130.
   */
  ask(question: string, then: (answer: string, io: Io) => number, interrupt?: (io: Io) => number): number;
}

export type CmdFn = (io: Io, args: string[]) => number;

export interface Service {
  unit: string;
  description: string;
  active: boolean;
  enabled: boolean;
  /** Main binary, for systemctl status and ps. */
  exec: string;
  docs?: string;
  /** The unit file systemctl names (FragmentPath); /usr/lib/systemd/system/<unit> when not set. */
  fragment?: string;
  /** Type=oneshot with RemainAfterExit: systemctl shows "active (exited)" and no main process. */
  oneshot?: boolean;
}

export interface Proc {
  pid: number;
  ppid: number;
  user: string;
  cmd: string;
}

export interface TimelineEntry {
  id: string;
  label: string;
  version: string;
  packages: string[];
  booted: boolean;
  nextBoot: boolean;
  pinned: boolean;
  rollbackTarget: boolean;
  staged?: boolean;
  description?: string;
}
export interface TimelineView {
  kind: 'deployments' | 'snapshots' | 'generations' | 'images';
  entries: TimelineEntry[];
}
export interface FsMapEntry {
  path: string;
  kind: 'read-only' | 'writable' | 'persistent' | 'reset-at-boot' | 'link';
  detail: string;
  mount?: { source: string; fstype: string; options: string };
}
export interface TimelineAction {
  id: 'install' | 'uninstall' | 'upgrade' | 'reboot' | 'rollback' | 'pin' | 'cleanup';
  label: string;
  command: string;
}

export interface SystemModule {
  id: SystemId;
  name: string;
  user: string;
  uid: number;
  /** Supplementary groups of the default user, as `id` prints them: [gid, name]. */
  groups: [number, string][];
  hostname(rng: Rng): string;
  /** Builds the disk contents and the system's own state (kept in `k.sys`). */
  init(k: Kernel): void;
  /** Mounts what the boot loader's default entry says; called at start and by reboot. */
  boot(k: Kernel): void;
  prompt(k: Kernel): string;
  commands: Record<string, CmdFn>;
  path: string;
  /** PATH for root shells and sudo's secure_path. */
  rootPath: string;
  /** Home directories as /etc/passwd has them. */
  homeOf(user: string): string;
  /** The default user's primary group, if not a group of its own name and uid. */
  primaryGroup?: [number, string];
  /** Lines printed when the session reconnects after a reboot. */
  loginBanner(k: Kernel): string;
  /** Top-level processes besides the shell. */
  procs(k: Kernel): Proc[];
  /** `id -Z`-style SELinux context printed by `id`, if the system enforces SELinux. */
  selinuxContext?: string;
  kernelRelease(k: Kernel): string;
  /** The kernel's build string (`uname -v`), where the system's kernel build is known. */
  kernelVersion?(k: Kernel): string;
  /** `exit` in a shell a command opened (nix-shell): leaves it and says so; false if there is none. */
  leaveShell?(k: Kernel, io: Io): boolean;
  /** Version of an installable package's program, for `prog --version`; also silences the not-found hint. */
  pkgVersion(name: string): string | undefined;
  /** Commands that may legitimately change read-only content (the system's update tools). */
  updateTools: string[];
  timeline(k: Kernel): TimelineView;
  fsMap(k: Kernel): FsMapEntry[];
  actions(k: Kernel): TimelineAction[];
  /** Whether `mkdir` and friends print UTF-8 (curly) quotes (gnulib quotearg.c: locale_quoting_style uses ‘ ’ in a UTF-8 locale). */
  utf8: boolean;
  /** Text for /etc/os-release, also used by hostnamectl-like output. */
  prettyName(k: Kernel): string;
}

/** A question a command asked: the next line typed answers it, Ctrl+C interrupts it. */
export interface PendingQuestion {
  question: string;
  answer: (answer: string, io: Io) => number;
  interrupt?: (io: Io) => number;
}

export const MAX_HISTORY = 1000;
/** Journal entries kept; older ones rotate out as journald's size limits would. */
export const MAX_JOURNAL = 2000;

/** One journal entry: what `journalctl` prints, per boot. */
export interface JournalEntry {
  ms: number;
  boot: number;
  /** The unit the entry belongs to, for `journalctl -u`. */
  unit: string;
  /** The syslog identifier and pid, as journalctl shows it (`sudo[1234]`). */
  ident: string;
  message: string;
}

export class Kernel {
  readonly sysmod: SystemModule;
  fs = new Fs();
  clock = new Clock();
  rng: Rng;
  hostname: string;
  cwd: string;
  env: Record<string, string> = {};
  history: string[] = [];
  historyBase = 1;
  rootShell = false;
  lastExit = 0;
  bootCount = 0;
  services = new Map<string, Service>();
  /** System-specific state (deployments, snapshots, generations, images). */
  sys: unknown;
  /** The one place a pending question lives (the shell prompts with it, Machine.prompt() shows it). */
  pending: PendingQuestion | null = null;
  /** Shell variables that are not exported (`a=1`); the environment is `env`. */
  vars: Record<string, string> = Object.create(null) as Record<string, string>;
  /** The systemd journal: boots, reboots, sudo commands, and whatever a system module logs. */
  journal: JournalEntry[] = [];

  constructor(sysmod: SystemModule, seed: number) {
    this.sysmod = sysmod;
    this.rng = new Rng(seed);
    this.hostname = sysmod.hostname(this.rng);
    this.cwd = this.home(sysmod.user);
    sysmod.init(this);
    this.bootUp();
  }

  get user(): string {
    return this.rootShell ? 'root' : this.sysmod.user;
  }
  cred(user = this.user): Cred {
    return user === 'root'
      ? ROOT
      : { user, groups: [this.sysmod.primaryGroup?.[1] ?? user, ...this.sysmod.groups.map((g) => g[1])] };
  }
  home(user: string): string {
    return this.sysmod.homeOf(user);
  }

  /** Appends to the journal; `ident` defaults to the unit's name without its suffix. */
  log(unit: string, message: string, ident = unit.replace(/\.service$/, '')): void {
    this.journal.push({ ms: this.clock.ms, boot: this.bootCount, unit, ident, message });
    if (this.journal.length > MAX_JOURNAL) this.journal.shift();
  }

  bootUp(): void {
    this.bootCount++;
    this.rootShell = false;
    this.pending = null;
    this.fs.setMounts([]); // a boot starts every tmpfs empty
    this.sysmod.boot(this);
    this.log('kernel', `Linux version ${this.sysmod.kernelRelease(this)}`, 'kernel');
    this.log('systemd', `Hostname set to <${this.hostname}>.`, 'systemd[1]');
    const home = this.home(this.user);
    this.cwd = this.fs.tryGet(home) ? home : '/';
    this.resetEnv();
  }

  resetEnv(): void {
    const u = this.user;
    this.vars = Object.create(null) as Record<string, string>;
    this.env = Object.assign(Object.create(null) as Record<string, string>, {
      HOME: this.home(u),
      USER: u,
      LOGNAME: u,
      HOSTNAME: this.hostname,
      SHELL: '/bin/bash',
      PATH: u === 'root' ? this.sysmod.rootPath : this.sysmod.path,
      PWD: this.cwd,
      LANG: 'C.UTF-8',
      TERM: 'xterm-256color',
    });
  }

  /** A fresh directory for a tmpfs, owned by root. */
  static tmpfsRoot(mode = 0o1777): Node {
    return { t: 'd', mode, uid: 'root', gid: 'root', mtime: 0, kids: new Map() };
  }

  quote(s: string): string {
    return "'" + s + "'";
  }
  /** Locale quoting as `mkdir` uses it (coreutils' quote(), gnulib quotearg.c). */
  lquote(s: string): string {
    return this.sysmod.utf8 ? '\u2018' + s + '\u2019' : "'" + s + "'";
  }

  mountList(): Mount[] {
    return this.fs.mounts;
  }

  /** Restarts the machine: what the module's boot() rebuilds is all that survives. */
  reboot(): string {
    const h = this.hostname;
    this.log('systemd-logind.service', 'The system will reboot now!', 'systemd-logind[812]');
    this.clock.tick(60);
    this.bootUp();
    return `Connection to ${h} closed by remote host.\nConnection to ${h} closed.\n\n` + this.sysmod.loginBanner(this);
  }
}

export function errText(e: unknown): string {
  if (e instanceof FsError) return ERRNO_TEXT[e.code];
  return 'Input/output error';
}

export function mounts(...ms: Mount[]): Mount[] {
  return ms;
}
