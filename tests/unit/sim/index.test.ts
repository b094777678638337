import { describe, it, expect } from 'vitest';
import { Machine, SYSTEMS, systemInfo, SimStateError, SCENARIOS, MAX_SESSION_LINES } from '../../../src/sim/index.ts';
import { run, machine } from './helpers.ts';

describe('public API', () => {
  it('describes the systems', () => {
    expect(SYSTEMS).toEqual(['fcos', 'microos', 'k3os', 'nixos']);
    expect(systemInfo('fcos')).toEqual({ id: 'fcos', name: 'Fedora CoreOS', user: 'core', hostname: 'fcos' });
    expect(systemInfo('microos')).toMatchObject({ name: 'openSUSE MicroOS', user: 'tux' });
    expect(systemInfo('k3os')).toMatchObject({ name: 'k3OS', user: 'rancher' });
    expect(systemInfo('nixos')).toMatchObject({ name: 'NixOS', user: 'alice', hostname: 'nixos' });
  });
  it('gives each system its prompt', () => {
    expect(Machine.create('fcos').prompt()).toBe('[core@fcos ~]$ ');
    expect(Machine.create('microos').prompt()).toBe('tux@microos:~> ');
    expect(Machine.create('nixos').prompt()).toBe('[alice@nixos:~]$ ');
  });
  it('never throws from run, whatever it is given', () => {
    const m = Machine.create('fcos');
    expect(m.run(undefined as unknown as string).exitCode).toBeTypeOf('number');
    expect(m.run('a\nb\n').output).toContain('bash: a: command not found');
  });
  it('completes commands and paths', () => {
    const m = Machine.create('fcos');
    expect(m.complete('rpm-')).toEqual(['rpm-ostree']);
    expect(m.complete('ls /us')).toEqual(['/usr/']);
    expect(m.complete('sudo rpm-os')).toEqual(['rpm-ostree']);
    expect(m.complete('cat /etc/os-')).toEqual(['/etc/os-release']);
  });
  it('offers timeline actions that run', () => {
    for (const s of SYSTEMS) {
      const m = Machine.create(s);
      for (const a of m.actions()) {
        expect(a.command.length).toBeGreaterThan(3);
        const r = m.run(a.command);
        expect(r.output).not.toContain('sim: internal error');
        expect(r.output).not.toContain('command not found');
      }
      expect(m.fsMap().length).toBeGreaterThan(4);
      for (const e of m.timeline().entries) expect(e.label).toMatch(/^(Deployment|Snapshot|Generation|k3OS) /);
    }
  });
});

describe('serialize and restore', () => {
  it('restores the same machine', () => {
    for (const s of SYSTEMS) {
      const m = Machine.create(s, { seed: 7 });
      for (const step of SCENARIOS[s].steps) m.run(step.command);
      run(m, 'echo persisted > ~/note', 'cd /tmp');
      const r = Machine.restore(m.serialize());
      expect(r.system).toBe(s);
      expect(r.prompt()).toBe(m.prompt());
      expect(r.history()).toEqual(m.history());
      expect(r.timeline()).toEqual(m.timeline());
      expect(r.serialize()).toBe(m.serialize());
      expect(run(r, 'cat ~/note')).toBe('persisted\n');
    }
  });
  it('keeps a pending question across a share link', () => {
    const m = Machine.create('microos');
    m.run('sudo transactional-update pkg install htop');
    const r = Machine.restore(m.serialize());
    expect(r.prompt()).toBe('Continue? [y/n/v/...? shows all options] (y): ');
    expect(r.question()).toBe(r.prompt());
    expect(r.run('y').output).toContain('New default snapshot is #3');
  });
  it('replays Ctrl+C from a link: the question is interrupted again', () => {
    const m = Machine.create('microos');
    m.run('sudo transactional-update pkg install htop');
    m.cancel('');
    const r = Machine.restore(m.serialize());
    expect(r.question()).toBeNull();
    expect(r.run('echo $?').output).toBe('1\n');
  });
  it('stays short enough for a link after a scenario', () => {
    for (const s of SYSTEMS) {
      const m = machine(s);
      for (const step of SCENARIOS[s].steps) m.run(step.command);
      expect(m.serialize().length).toBeLessThan(1000);
    }
  });
  it('refuses corrupt and unknown-version strings with SimStateError', () => {
    const good = machine('fcos', 'ls').serialize();
    expect(() => Machine.restore(good.replace('"v":2', '"v":1'))).toThrow(/version 1/);
    expect(() => Machine.restore(good.slice(0, -3))).toThrow(SimStateError);
    expect(() => Machine.restore('<script>')).toThrow(SimStateError);
    const tooLong = JSON.stringify({ v: 2, s: 'fcos', r: 1, e: Array(MAX_SESSION_LINES + 1).fill('true') });
    expect(() => Machine.restore(tooLong)).toThrow(/longer than this simulator keeps/);
  });
  it('explains the cap on a session and keeps it across a link', () => {
    const m = Machine.create('k3os');
    for (let i = 0; i < MAX_SESSION_LINES; i++) m.run('true');
    const capped = m.run('ls');
    expect(capped.output).toMatch(/taken 2000 commands, the most one session keeps \(a share link replays/);
    expect(capped.output).toMatch(/fresh machine with Reset/);
    expect(capped.exitCode).toBe(1);
    expect(Machine.restore(m.serialize()).run('ls').output).toBe(capped.output);
  });
  it('is deterministic for a seed', () => {
    const a = machine('fcos', 'sudo rpm-ostree install htop', 'rpm-ostree status');
    const b = machine('fcos', 'sudo rpm-ostree install htop', 'rpm-ostree status');
    expect(run(a, 'rpm-ostree status')).toBe(run(b, 'rpm-ostree status'));
    expect(run(machine('k3os'), 'hostname')).not.toBe(run(Machine.create('k3os', { seed: 99 }), 'hostname'));
  });
});
