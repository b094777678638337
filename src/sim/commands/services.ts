// Power and services: reboot, poweroff, shutdown, systemctl (systemd).
import type { CmdFn, Io } from '../kernel.ts';
import { basename } from '../fs.ts';
import { systemdDate } from '../state.ts';
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
          `     Loaded: loaded (/usr/lib/systemd/system/${s.unit}; ${s.enabled ? 'enabled' : 'disabled'}; preset: enabled)\n`,
        );
        io.out(`     Active: ${s.active ? `active (running) since ${since}` : 'inactive (dead)'}\n`);
        if (s.docs) io.out(`       Docs: ${s.docs}\n`);
        if (s.active)
          io.out(
            `   Main PID: 1042 (${basename(s.exec.split(' ')[0])})\n     CGroup: /system.slice/${s.unit}\n             └─1042 ${s.exec}\n`,
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

export const SERVICE_COMMANDS: Record<string, CmdFn> = {
  reboot,
  poweroff,
  shutdown,
  systemctl,
};
