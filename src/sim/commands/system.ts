// Who and where: identity, host, processes, time and environment.
import type { CmdFn } from '../kernel.ts';
import { joinPath } from '../fs.ts';
import { hms, systemdDate } from '../state.ts';
import { opts } from './util.ts';

// --- identity and processes ---------------------------------------------------------

const whoami: CmdFn = (io) => {
  io.out(io.cred.user + '\n');
  return 0;
};

const id: CmdFn = (io, args) => {
  const { flags } = opts(args);
  const sys = io.k.sysmod;
  const root = io.cred.user === 'root';
  const uid = root ? 0 : sys.uid;
  if (flags.has('u')) {
    io.out((flags.has('n') ? io.cred.user : String(uid)) + '\n');
    return 0;
  }
  if (flags.has('g')) {
    const g = root ? [0, 'root'] : (sys.primaryGroup ?? [uid, io.cred.user]);
    io.out((flags.has('n') ? g[1] : String(g[0])) + '\n');
    return 0;
  }
  const primary: [number, string] = root ? [0, 'root'] : (sys.primaryGroup ?? [uid, io.cred.user]);
  const groups = root ? [primary] : [primary, ...sys.groups];
  let s = `uid=${uid}(${io.cred.user}) gid=${primary[0]}(${primary[1]}) groups=${groups.map(([n, g]) => `${n}(${g})`).join(',')}`;
  if (sys.selinuxContext) s += ` context=${sys.selinuxContext}`;
  io.out(s + '\n');
  return 0;
};

const uname: CmdFn = (io, args) => {
  const { flags } = opts(args);
  const k = io.k;
  const parts = {
    s: 'Linux',
    n: k.hostname,
    r: k.sysmod.kernelRelease(k),
    v: k.sysmod.kernelVersion?.(k) ?? '#1 SMP PREEMPT_DYNAMIC',
    m: 'x86_64',
    o: 'GNU/Linux',
  };
  if (flags.has('a')) {
    // -p and -i are "unknown" in upstream coreutils and busybox, and -a leaves them out; Fedora's and
    // openSUSE's coreutils patch them to the machine name (coreutils src/uname.c; Fedora coreutils-8.2-uname-processortype.patch).
    const patched = k.sysmod.id === 'fcos' || k.sysmod.id === 'microos';
    const pi = patched ? ` ${parts.m} ${parts.m}` : '';
    io.out(`${parts.s} ${parts.n} ${parts.r} ${parts.v} ${parts.m}${pi} ${parts.o}\n`);
    return 0;
  }
  const order = ['s', 'n', 'r', 'v', 'm', 'o'] as const;
  const picked = order.filter((f) => flags.has(f));
  io.out((picked.length ? picked : ['s' as const]).map((f) => parts[f]).join(' ') + '\n');
  return 0;
};

const hostname: CmdFn = (io, args) => {
  const [name] = args;
  if (name !== undefined && !name.startsWith('-')) {
    if (io.cred.user !== 'root') {
      io.err('hostname: you must be root to change the host name\n');
      return 1;
    }
    io.k.hostname = name.slice(0, 64);
    return 0;
  }
  io.out(io.k.hostname + '\n');
  return 0;
};

const ps: CmdFn = (io, args) => {
  const k = io.k;
  const shellPid = 1200 + k.bootCount * 3;
  const procs = [
    ...k.sysmod.procs(k),
    { pid: shellPid, ppid: shellPid - 1, user: k.user, cmd: '-bash' },
    { pid: shellPid + 40 + k.history.length, ppid: shellPid, user: io.cred.user, cmd: 'ps ' + args.join(' ') },
  ];
  const tm = hms(k.clock.ms).slice(0, 5);
  const a = args.join(' ');
  if (/(^|\s)-?(ef|e|A|aux|ax)(\s|$)/.test(a) || a.includes('-e')) {
    if (a.includes('aux') || a.includes('ax')) {
      io.out('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n');
      for (const p of procs)
        io.out(
          `${p.user.padEnd(8).slice(0, 8)} ${String(p.pid).padStart(7)}  0.0  0.1  22564 11432 ${p.cmd.startsWith('-bash') || p.cmd.startsWith('ps') ? 'pts/0   ' : '?       '} Ss   ${tm}   0:00 ${p.cmd}\n`,
        );
    } else {
      io.out('UID          PID    PPID  C STIME TTY          TIME CMD\n');
      for (const p of procs)
        io.out(
          `${p.user.padEnd(8).slice(0, 8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)}  0 ${tm} ${p.cmd.startsWith('-bash') || p.cmd.startsWith('ps') ? 'pts/0   ' : '?       '} 00:00:00 ${p.cmd}\n`,
        );
    }
    return 0;
  }
  io.out('    PID TTY          TIME CMD\n');
  io.out(`${String(shellPid).padStart(7)} pts/0    00:00:00 bash\n`);
  io.out(`${String(shellPid + 40 + k.history.length).padStart(7)} pts/0    00:00:00 ps\n`);
  return 0;
};

const date: CmdFn = (io, args) => {
  const k = io.k;
  if (args[0] === '-u' || args[0] === '--utc' || args.length === 0) {
    // coreutils 9.x date(1) default format in the C.UTF-8 locale
    io.out(
      systemdDate(k.clock.ms).replace(
        /^(\w+) (\d+)-(\d+)-(\d+) (\S+) UTC$/,
        (_m, d, y, mo, da, t) =>
          `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mo) - 1]} ${String(Number(da)).padStart(2)} ${t} UTC ${y}`,
      ) + '\n',
    );
    return 0;
  }
  io.out(new Date(k.clock.ms).toISOString() + '\n');
  return 0;
};

const clear: CmdFn = (io) => {
  io.clear();
  return 0;
};

const env: CmdFn = (io) => {
  for (const [key, v] of Object.entries(io.k.env)) io.out(`${key}=${v}\n`);
  return 0;
};

const sleep: CmdFn = () => 0;

/**
 * which: GNU which on Fedora, openSUSE and NixOS, busybox on k3OS (silent when it finds nothing).
 * Fedora's /etc/profile.d/which2.sh aliases `which` to `/usr/bin/which …`, so its messages carry that name.
 */
const which: CmdFn = (io, args) => {
  const k = io.k;
  const names = args.filter((a) => !a.startsWith('-'));
  const path = k.env.PATH ?? '';
  const self = k.sysmod.id === 'fcos' ? '/usr/bin/which' : 'which';
  let status = 0;
  for (const name of names) {
    const dirs = name.includes('/') ? [''] : path.split(':').filter(Boolean);
    const hit = dirs
      .map((d) => (d === '' ? name : joinPath(d, name)))
      .find((p) => {
        const n = k.fs.tryGet(p, k.cwd, io.cred);
        return n?.t === 'f' && k.fs.canExec(n, io.cred);
      });
    if (hit) io.out(hit + '\n');
    else {
      status = 1;
      if (k.sysmod.id !== 'k3os') io.err(`${self}: no ${name} in (${path})\n`);
    }
  }
  return names.length ? status : 1;
};

export const SYSTEM_COMMANDS: Record<string, CmdFn> = {
  whoami,
  id,
  uname,
  hostname,
  ps,
  date,
  clear,
  env,
  sleep,
  which,
};
