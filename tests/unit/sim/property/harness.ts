// Random and hostile command lines: no exception, plain-text output, read-only content changes
// only through the system's own tools, and the state survives its serialized form.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Machine, SYSTEMS, SCENARIOS, type SystemId } from '../../../../src/sim/index.ts';
import { isRo, type Mount, type Node } from '../../../../src/sim/fs.ts';
import type { Kernel } from '../../../../src/sim/kernel.ts';

const RUNS = 1000;
const LINES_PER_RUN = 10; // RUNS * LINES_PER_RUN = 10,000 command lines per system

const PATHS = [
  '/usr/bin/ls',
  '/usr/bin',
  '/usr',
  '/',
  '/etc/hosts',
  '/etc',
  '/var',
  '~',
  '.',
  '..',
  '/tmp/x',
  '/nix/store',
  '/k3os/system',
  '/usr/local/bin/t',
  '/home',
  '/root',
  '/etc/nixos/configuration.nix',
  '/dev/null',
  'a',
  'a/b',
  '*',
  '/usr/*',
  '/sysroot',
  '/boot',
  '/.snapshots',
];
const CMDS = [
  'touch',
  'mkdir -p',
  'mkdir',
  'rm -rf',
  'rm',
  'rmdir',
  'cp -r',
  'mv',
  'ln -s',
  'ln -sfn',
  'chmod 777',
  'chmod u+x',
  'chown root',
  'cat',
  'echo',
  'ls -la',
  'ls',
  'tee',
  'tee -a',
  'sed -i s/a/b/',
  "sed 's/x/y/g'",
  'findmnt',
  'findmnt --real',
  'mount',
  'mount -o remount,rw',
  'df -h',
  'ps -ef',
  'whoami',
  'id',
  'uname -a',
  'hostname',
  'cd',
  'history',
  'help',
  'grep -n a',
  'head -1',
  'wc -l',
  'install',
  'truncate -s0',
  'dd of=/tmp/x',
  'systemctl status',
  'systemctl stop',
  'readlink -f',
  'clear',
  'date',
  'env',
  'type',
  'export A=1',
  'sudo -i',
  'exit',
];
const SYSTEM_TOOLS: Record<SystemId, string[]> = {
  fcos: [
    'rpm-ostree status',
    'rpm-ostree install htop',
    'rpm-ostree uninstall htop',
    'rpm-ostree upgrade --bypass-driver',
    'rpm-ostree rollback',
    'rpm-ostree cleanup -p',
    'rpm-ostree cleanup -r',
    'rpm-ostree usroverlay',
    'ostree admin status',
    'ostree admin pin 1',
    'ostree admin pin -u 0',
    'ostree admin config-diff',
    'dnf install htop',
    'systemctl reboot',
    'systemctl stop zincati',
  ],
  microos: [
    'transactional-update -n pkg install htop',
    'transactional-update pkg install tmux',
    'transactional-update -n pkg remove htop',
    'transactional-update -c -n pkg install tree',
    'transactional-update dup',
    'transactional-update rollback 2',
    'transactional-update rollback last',
    'transactional-update cleanup',
    'snapper list',
    'snapper delete 3',
    'zypper in htop',
    'reboot',
    'y',
    'n',
  ],
  k3os: [
    'k3os upgrade --rootfs',
    'k3os upgrade --kernel --rootfs --remount --sync',
    '/usr/share/rancher/k3os/scripts/k3os-upgrade-rootfs',
    '/usr/share/rancher/k3os/scripts/k3os-upgrade-kernel',
    'rc-status',
    'rc-service k3s-service stop',
    'rc-service k3s-service start',
    'kubectl get nodes',
    'reboot',
    'ln -sfn v0.21.5-k3s2r1 /k3os/system/k3os/current',
  ],
  nixos: [
    'nixos-rebuild switch',
    'nixos-rebuild boot',
    'nixos-rebuild test',
    'nixos-rebuild switch --rollback',
    'nix-env --list-generations -p /nix/var/nix/profiles/system',
    'nix-collect-garbage -d',
    "sed -i 's/vim wget/vim wget htop/' /etc/nixos/configuration.nix",
    "sed -i 's/wget/wget tmux/' /etc/nixos/configuration.nix",
    'echo "{" >> /etc/nixos/configuration.nix',
    'reboot',
  ],
};

const HOSTILE = fc.constantFrom(
  '<script>alert(1)</script>',
  'echo <b>bold</b> &amp;',
  'echo "unbalanced',
  "echo 'unbalanced",
  'echo `x',
  'echo $(rm -rf /)',
  ':(){ :|:& };:',
  'rm -rf / --no-preserve-root',
  'cat /dev/zero',
  'echo ' + 'A'.repeat(5000),
  'x'.repeat(4096),
  '\u0000\u0001\u0007\u001b[31m',
  'echo \u202e\u200b\ud83d\ude00 ünïcødé',
  'echo \ud800',
  ';;;;',
  '&& ||',
  '| | |',
  '> > >',
  'echo a > ',
  '2>&1 >>',
  'sudo sudo sudo sudo sudo ls',
  '__proto__',
  'cd __proto__; mkdir constructor; touch toString',
  'sed -i "s/(a+)+b/x/" /etc/hosts',
  "grep '(a*)*$' /etc/hosts",
  'echo ' + 'x'.repeat(4000) + ' >> /tmp/big',
  'sed -i "s/.*/&&&&&&&&&&&&&&&&/" /tmp/big',
  'ln -s loop loop; cat loop',
  'mkdir -p ' + 'd/'.repeat(60),
);

function lineArb(system: SystemId): fc.Arbitrary<string> {
  const structured = fc
    .tuple(
      fc.boolean(),
      fc.constantFrom(...CMDS, ...SYSTEM_TOOLS[system]),
      fc.array(fc.constantFrom(...PATHS), { maxLength: 3 }),
      fc.constantFrom('', ' > /usr/x', ' >> ~/log', ' | grep a', ' | tee /etc/t', ' && echo ok', ' || echo no', '; ls'),
    )
    .map(([sudo, cmd, args, tail]) => `${sudo ? 'sudo ' : ''}${cmd} ${args.join(' ')}${tail}`);
  return fc.oneof(
    { weight: 5, arbitrary: structured },
    { weight: 2, arbitrary: HOSTILE },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
    {
      weight: 1,
      arbitrary: fc.string({
        unit: fc.constantFrom(
          ' ',
          '"',
          "'",
          '\\',
          '|',
          '&',
          ';',
          '>',
          '<',
          '$',
          '*',
          '~',
          '#',
          'a',
          '/',
          '\n',
          '\t',
          '\u0000',
        ),
        maxLength: 40,
      }),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => 'echo ' + s) },
  );
}

function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
/** A fast structural hash of a tree: names, kinds, modes, owners, contents and link targets. */
function hashTree(n: Node, path: string, skip: Set<string>, h = 2166136261): number {
  h = mix(h, `${n.t}${n.mode}${n.uid}${n.gid}`);
  if (n.t === 'f') h = mix(h, n.data ?? '');
  else if (n.t === 'l') h = mix(h, n.target ?? '');
  if (n.kids) {
    for (const [name, c] of n.kids) {
      const cp = path === '/' ? '/' + name : path + '/' + name;
      if (skip.has(cp)) continue;
      h = hashTree(c, cp, skip, mix(h, '/' + name));
    }
  }
  return h;
}
/** Everything visible under read-only mounts, skipping the other mounts inside them. */
function roDigest(k: Kernel): string {
  const ms = k.fs.mounts;
  const targets = new Set(ms.map((m) => m.target));
  return ms
    .filter((m) => isRo(m))
    .map((m: Mount) => m.target + ':' + hashTree(m.root, m.target, targets))
    .join(',');
}
function mountKey(k: Kernel): string {
  return k.fs.mounts.map((m) => `${m.target} ${m.source} ${m.options}`).join('\n');
}
function fullState(m: Machine): string {
  const k = m.kernel;
  return JSON.stringify([
    m.prompt(),
    m.history(),
    m.timeline(),
    m.fsMap(),
    k.cwd,
    k.clock.ms,
    mountKey(k),
    k.fs.mounts.map((x) => hashTree(x.root, x.target, new Set())),
  ]);
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;

/** One file per system runs this, so the four systems check in parallel. */
export function propertySuite(system: SystemId): void {
  describe(`${system} under random and hostile input`, () => {
    it(`survives ${RUNS * LINES_PER_RUN} command lines`, () => {
      const tools = Machine.create(system).kernel.sysmod.updateTools;
      let lines = 0;
      fc.assert(
        fc.property(fc.array(lineArb(system), { minLength: LINES_PER_RUN, maxLength: LINES_PER_RUN }), (cmds) => {
          const m = Machine.create(system);
          // Start some runs from the story's end state, where there is more to break.
          if (cmds[0].length % 3 === 0) for (const s of SCENARIOS[system].steps) m.run(s.command);
          // Each line's digest after it runs is the next line's digest before it: one tree walk per line.
          let before = roDigest(m.kernel);
          for (const line of cmds) {
            lines++;
            const mountsBefore = mountKey(m.kernel);
            const r = m.run(line);
            expect(typeof r.output).toBe('string');
            expect(Number.isInteger(r.exitCode)).toBe(true);
            expect(r.output).not.toContain('sim: internal error');
            expect(m.prompt()).not.toMatch(CONTROL);
            if (r.output !== '') expect(r.output.endsWith('\n') || r.question !== undefined).toBe(true);
            const viaTool =
              tools.some((t) => line.includes(t)) || m.kernel.pending !== null || r.question !== undefined;
            const after = roDigest(m.kernel);
            if (!viaTool && mountKey(m.kernel) === mountsBefore) expect(after).toBe(before);
            before = after;
          }
          const restored = Machine.restore(m.serialize());
          expect(fullState(restored)).toBe(fullState(m));
          expect(restored.serialize()).toBe(m.serialize());
        }),
        { numRuns: RUNS, seed: 20261126 + SYSTEMS.indexOf(system), endOnFailure: true },
      );
      expect(lines).toBeGreaterThanOrEqual(10_000);
    }, 600_000);
  });
}
