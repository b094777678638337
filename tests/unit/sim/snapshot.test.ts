import { describe, expect, it } from 'vitest';
import { Machine, SCENARIOS, SYSTEMS, SimStateError } from '../../../src/sim/index.ts';

const EVERYDAY = [
  'echo hello > notes.txt',
  'export GREETING=hi; cd /tmp',
  'mkdir -p work/a && ln -s /etc/os-release work/osr',
  'sudo touch /usr/bin/foo',
  'history 3',
];

describe('machine snapshots (the restore worker hands one to the page)', () => {
  it.each(SYSTEMS)('%s: a snapshot taken after a session, cloned as postMessage does, behaves as the original', (s) => {
    const original = Machine.create(s);
    for (const line of [...SCENARIOS[s].steps.map((x) => x.command), ...EVERYDAY]) original.run(line);
    const copy = Machine.fromSnapshot(structuredClone(original.snapshot()));
    expect(copy.prompt()).toBe(original.prompt());
    expect(copy.serialize()).toBe(original.serialize());
    expect(copy.timeline()).toEqual(original.timeline());
    expect(copy.fsMap()).toEqual(original.fsMap());
    for (const line of ['pwd; echo $GREETING; cat ~/notes.txt', 'ls -la ~/work', 'sudo reboot', 'ls /tmp', 'id']) {
      expect(copy.run(line)).toEqual(original.run(line));
    }
    // The copy is its own machine: changing it leaves the original alone.
    copy.run('rm ~/notes.txt');
    expect(original.run('cat ~/notes.txt').output).toBe('hello\n');
  });

  it('keeps a user-set variable named __proto__ a plain value', () => {
    const m = Machine.create('fcos');
    m.run('export __proto__=x constructor=y');
    const copy = Machine.fromSnapshot(structuredClone(m.snapshot()));
    expect(copy.run('echo $__proto__ $constructor').output).toBe(m.run('echo $__proto__ $constructor').output);
  });

  it('refuses to snapshot a machine waiting at a question (its answer is code)', () => {
    const m = Machine.create('microos');
    m.run('sudo transactional-update pkg install htop');
    expect(() => m.snapshot()).toThrow(SimStateError);
  });

  it('refuses a snapshot of a class this engine does not have', () => {
    const snap = structuredClone(Machine.create('k3os').snapshot()) as {
      system: 'k3os';
      root: Record<string, unknown>;
    };
    snap.root['\u0000class'] = 99;
    expect(() => Machine.fromSnapshot(snap)).toThrow(/does not know/);
  });
});
