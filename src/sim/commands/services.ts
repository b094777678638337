// Power and services: reboot, poweroff, shutdown, systemctl (systemd).
import type { CmdFn, Io, Kernel } from '../kernel.ts';
import { basename } from '../fs.ts';
import { systemdDate, lsDate, iso, contentHash } from '../state.ts';
import { opts } from './util.ts';

// --- power and services -------------------------------------------------------------

/** What an unprivileged `systemctl reboot` gets over SSH without a polkit agent. */
export function denyPower(io: Io, verb: string): number {
  io.err(`Call to ${verb} failed: Interactive authentication required.\n`);
  return 1;
}

const reboot: CmdFn = (io) => {
  if (io.cred.user !== 'root') return denyPower(io, 'Reboot');
  io.out(io.k.reboot());
  return 0;
};
const poweroff: CmdFn = (io) => {
  if (io.cred.user !== 'root') return denyPower(io, 'PowerOff');
  io.err('(simulator: powering off is not simulated; use reboot)\n');
  return 0;
};
const shutdown: CmdFn = (io, args) => {
  if (args.includes('-r')) return reboot(io, []);
  return poweroff(io, args);
};

function unitName(u: string): string {
  return u.includes('.') ? u : u + '.service';
}

const systemctl: CmdFn = (io, args) => {
  const k = io.k;
  const { rest } = opts(args);
  const [verb, ...units] = rest;
  if (verb === 'reboot') return reboot(io, []);
  if (verb === 'poweroff' || verb === 'halt') return poweroff(io, []);
  if (verb === undefined || verb === 'list-units') {
    io.out('  UNIT                         LOAD   ACTIVE SUB     DESCRIPTION\n');
    for (const s of k.services.values())
      io.out(`  ${s.unit.padEnd(28)} loaded ${s.active ? 'active  running' : 'inactive dead   '} ${s.description}\n`);
    return 0;
  }
  if (!units.length) {
    io.err(`Too few arguments.\n`);
    return 1;
  }
  let status = 0;
  for (const raw of units) {
    const u = unitName(raw);
    const s = k.services.get(u);
    switch (verb) {
      case 'status': {
        if (!s) {
          io.err(`Unit ${u} could not be found.\n`);
          status = 4;
          break;
        }
        const since = systemdDate(k.clock.ms - 40_000);
        io.out(`${s.active ? '●' : '○'} ${s.unit} - ${s.description}\n`);
        io.out(
          `     Loaded: loaded (${s.fragment ?? `/usr/lib/systemd/system/${s.unit}`}; ${s.enabled ? 'enabled' : 'disabled'}; preset: enabled)\n`,
        );
        const running = s.oneshot ? 'active (exited)' : 'active (running)';
        io.out(`     Active: ${s.active ? `${running} since ${since}` : 'inactive (dead)'}\n`);
        if (s.docs) io.out(`       Docs: ${s.docs}\n`);
        if (s.active && s.oneshot) io.out(`    Process: 1042 ExecStart=${s.exec} (code=exited, status=0/SUCCESS)\n`);
        else if (s.active)
          io.out(
            `   Main PID: 1042 (${basename(s.exec.replace(/ .*/s, ''))})\n     CGroup: /system.slice/${s.unit}\n             └─1042 ${s.exec}\n`,
          );
        if (!s.active) status = 3;
        break;
      }
      case 'is-active':
        io.out((s?.active ? 'active' : 'inactive') + '\n');
        if (!s?.active) status = 3;
        break;
      case 'is-enabled':
        io.out((s ? (s.enabled ? 'enabled' : 'disabled') : 'not-found') + '\n');
        if (!s?.enabled) status = 1;
        break;
      case 'start':
      case 'stop':
      case 'restart':
      case 'enable':
      case 'disable':
      case 'mask': {
        if (io.cred.user !== 'root') {
          io.err(
            `Failed to ${verb} ${u}: Interactive authentication required.\nSee system logs and 'systemctl status ${u}' for details.\n`,
          );
          return 1;
        }
        if (!s) {
          io.err(
            verb === 'start' || verb === 'restart'
              ? `Failed to ${verb} ${u}: Unit ${u} not found.\n`
              : `Failed to ${verb} ${u}: Unit ${u} not loaded.\n`,
          );
          return 5;
        }
        if (verb === 'start' || verb === 'restart') s.active = true;
        if (verb === 'stop') s.active = false;
        if (verb === 'enable') s.enabled = true;
        if (verb === 'disable') s.enabled = false;
        if (verb === 'enable' || verb === 'disable') {
          const link = `/etc/systemd/system/multi-user.target.wants/${u}`;
          io.err(
            verb === 'enable'
              ? `Created symlink '${link}' → '/usr/lib/systemd/system/${u}'.\n`
              : `Removed '${link}'.\n`,
          );
        }
        break;
      }
      default:
        io.err(`Unknown command verb '${verb}'.\n`);
        return 1;
    }
  }
  return status;
};

/** A boot's id, as `journalctl --list-boots` shows it: stable per machine and boot. */
function bootId(k: Kernel, boot: number): string {
  return contentHash(`${k.hostname}/${boot}`, '0123456789abcdef', 32);
}

/** `Nov 26 10:00:07`: journalctl's short output format. */
function shortDate(ms: number): string {
  return lsDate(ms) + iso(ms).slice(16, 19);
}

const JOURNAL_USAGE = "Try 'journalctl --help' for more information.\n";

/**
 * journalctl [-b [N]] [-u UNIT] [-t ID] [-k] [-n [N]] [-r] [--list-boots] (systemd journalctl(1)).
 * The journal holds the boots and reboots, every command run through sudo (as sudo logs it), and what
 * a system's tools log with `k.log`.
 */
const journalctl: CmdFn = (io, args) => {
  const k = io.k;
  let boot: number | null = null;
  const units: string[] = [];
  const idents: string[] = [];
  let lines: number | null = null;
  let reverse = false;
  const queue = [...args];
  for (let a = queue.shift(); a !== undefined; a = queue.shift()) {
    const next = queue[0]; // an option's value, taken with queue.shift()
    if (a === '-b' || a === '--boot') {
      if (next !== undefined && /^(-?\d+|[0-9a-f]{32})$/.test(next)) {
        queue.shift();
        const n = /^-?\d+$/.test(next) ? Number(next) : null;
        const byId =
          n === null ? [...new Set(k.journal.map((e) => e.boot))].find((b) => bootId(k, b) === next) : undefined;
        boot = n === null ? (byId ?? -1) : n <= 0 ? k.bootCount + n : n;
      } else boot = k.bootCount;
    } else if (/^-b-?\d+$/.test(a)) boot = k.bootCount + Math.min(0, Number(a.slice(2)));
    else if (a === '-u' || a === '--unit') {
      if (next === undefined) {
        io.err(`journalctl: option requires an argument -- 'u'\n${JOURNAL_USAGE}`);
        return 1;
      }
      units.push(next.includes('.') ? next : next + '.service');
      queue.shift();
    } else if (a.startsWith('--unit=')) units.push(a.slice(7).includes('.') ? a.slice(7) : a.slice(7) + '.service');
    else if (a === '-t' || a === '--identifier') {
      if (next !== undefined) idents.push(next);
      queue.shift();
    } else if (a === '-k' || a === '--dmesg') {
      idents.push('kernel');
      boot ??= k.bootCount;
    } else if (a === '-n' || a === '--lines') {
      if (next !== undefined && /^\d+$/.test(next)) {
        lines = Number(next);
        queue.shift();
      } else lines = 10;
    } else if (/^-n\d+$/.test(a)) lines = Number(a.slice(2));
    else if (a === '-e' || a === '--pager-end') lines ??= 1000;
    else if (a === '-f' || a === '--follow') lines ??= 10;
    else if (a === '-r' || a === '--reverse') reverse = true;
    else if (a === '--list-boots') {
      const boots = [...new Set(k.journal.map((e) => e.boot))];
      io.out('IDX BOOT ID                          FIRST ENTRY                 LAST ENTRY                 \n');
      for (const b of boots) {
        const es = k.journal.filter((e) => e.boot === b);
        const first = es[0]?.ms ?? 0;
        const last = es[es.length - 1]?.ms ?? 0;
        io.out(`${String(b - k.bootCount).padStart(3)} ${bootId(k, b)} ${systemdDate(first)} ${systemdDate(last)}\n`);
      }
      return 0;
    } else if (a === '--no-pager' || a === '-x' || a === '--catalog' || a === '-q' || a === '--quiet') continue;
    else if (a.startsWith('-')) {
      io.err(
        `journalctl: ${a.startsWith('--') ? `unrecognized option '${a}'` : `invalid option -- '${a.slice(1, 2)}'`}\n${JOURNAL_USAGE}`,
      );
      return 1;
    }
  }
  if (boot !== null && !k.journal.some((e) => e.boot === boot)) {
    io.err(`Data from the specified boot (${boot - k.bootCount}) is not available: No such boot ID in journal\n`);
    return 1;
  }
  let es = k.journal.filter(
    (e) =>
      (boot === null || e.boot === boot) &&
      (units.length === 0 || units.includes(e.unit)) &&
      (idents.length === 0 || idents.some((t) => e.ident === t || e.ident.startsWith(`${t}[`))),
  );
  if (lines !== null) es = es.slice(Math.max(0, es.length - lines));
  if (reverse) es = es.reverse();
  if (es.length === 0) {
    io.out('-- No entries --\n');
    return 0;
  }
  let lastBoot = es[0]?.boot;
  for (const e of es) {
    if (e.boot !== lastBoot) io.out(`-- Boot ${bootId(k, e.boot)} --\n`);
    lastBoot = e.boot;
    io.out(`${shortDate(e.ms)} ${k.hostname} ${e.ident}: ${e.message}\n`);
  }
  return 0;
};

export const SERVICE_COMMANDS: Record<string, CmdFn> = {
  journalctl,
  reboot,
  poweroff,
  shutdown,
  systemctl,
};
