// ostree admin on Fedora CoreOS: status, pin, config-diff, unlock. Messages from
// https://github.com/ostreedev/ostree/tree/main/src/ostree (ot-admin-builtin-*.c).
import { diffTrees } from '../../fs.ts';
import type { Io, CmdFn } from '../../kernel.ts';
import { needRoot } from '../common.ts';
import { RELEASES, STATEROOT, type Deployment, type FcosState, deploymentLabel, st, usrEtc } from './model.ts';
import { usroverlay } from './rpm-ostree.ts';

function pinIndex(io: Io, s: FcosState, word: string): Deployment | null {
  const bi = s.deps.indexOf(s.booted);
  let i: number;
  if (word === 'booted') i = bi;
  else if (word === 'pending') i = bi > 0 ? 0 : -1;
  else if (word === 'rollback') i = bi + 1 < s.deps.length ? bi + 1 : -1;
  else if (/^\d+$/.test(word)) i = Number(word);
  else {
    io.err(`error: Invalid index: ${word}\n`);
    return null;
  }
  if (i < 0 || i >= s.deps.length) {
    io.err(`error: Out of range deployment index ${i < 0 ? word : i}, expected < ${s.deps.length}\n`);
    return null;
  }
  return s.deps[i] ?? null;
}

export const ostree: CmdFn = (io, args) => {
  const k = io.k;
  const s = st(k);
  if (args[0] !== 'admin') {
    io.err(
      args[0]
        ? `error: Unknown command '${args[0]}'\n`
        : 'Usage:\n  ostree [OPTION…] COMMAND\n\nerror: No command specified\n',
    );
    return 1;
  }
  const [sub, ...rest] = args.slice(1);
  switch (sub) {
    case 'status': {
      for (const d of s.deps) {
        io.out(`${d === s.booted ? '*' : ' '} ${STATEROOT} ${d.checksum}.${d.serial}${deploymentLabel(s, d)}\n`);
        io.out(`    Version: ${RELEASES[d.release]?.version}\n`);
        if (d.pinned) io.out('    Pinned: yes\n');
        // ostree prints an origin's refspec; a container image origin has none
        io.out('    origin: <unknown origin type>\n');
      }
      return 0;
    }
    case 'pin': {
      const unpin = rest.includes('-u') || rest.includes('--unpin');
      const words = rest.filter((w) => !w.startsWith('-'));
      if (!words.length) {
        io.err('error: Must specify at least one INDEX\n');
        return 1;
      }
      if (needRoot(io, 'error: You must be root to perform this command\n')) return 1;
      for (const w of words) {
        const d = pinIndex(io, s, w);
        if (!d) return 1;
        const idx = s.deps.indexOf(d);
        if (d.staged) {
          io.err('error: Cannot pin staged deployment\n');
          return 1;
        }
        if (d.pinned === !unpin) io.out(`Deployment ${idx} is already ${unpin ? 'unpinned' : 'pinned'}\n`);
        else {
          d.pinned = !unpin;
          io.out(`Deployment ${idx} is now ${unpin ? 'unpinned' : 'pinned'}\n`);
        }
      }
      return 0;
    }
    case 'config-diff': {
      const def = usrEtc(s.booted);
      for (const d of diffTrees(def, s.booted.etc)) io.out(`${d.op}   ${d.path}\n`);
      return 0;
    }
    case 'unlock':
      return usroverlay(io);
    default:
      io.err(sub ? `error: Unknown "admin" subcommand '${sub}'\n` : 'error: No "admin" subcommand specified\n');
      return 1;
  }
};
