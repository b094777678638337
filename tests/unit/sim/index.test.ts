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
    expect(r.run('y').output).toContain('New default snapshot is #3');
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
    expect(() => Machine.restore(good.replace(/^v1/, 'v2'))).toThrow(SimStateError);
    expect(() => Machine.restore(good.slice(0, -3))).toThrow(SimStateError);
    expect(() => Machine.restore('<script>')).toThrow(SimStateError);
    try {
      Machine.restore('v2.fcos.1.0.');
    } catch (e) {
      expect((e as Error).message).toMatch(/version 2/);
    }
  });
  it('caps a session', () => {
    const m = Machine.create('k3os');
    for (let i = 0; i < MAX_SESSION_LINES; i++) m.run('true');
    expect(m.run('ls').output).toMatch(/reached 2000 commands/);
  });
  it('is deterministic for a seed', () => {
    const a = machine('fcos', 'sudo rpm-ostree install htop', 'rpm-ostree status');
    const b = machine('fcos', 'sudo rpm-ostree install htop', 'rpm-ostree status');
    expect(run(a, 'rpm-ostree status')).toBe(run(b, 'rpm-ostree status'));
    expect(run(machine('k3os'), 'hostname')).not.toBe(run(Machine.create('k3os', { seed: 99 }), 'hostname'));
  });
});
