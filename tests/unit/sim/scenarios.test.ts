import { describe, it, expect } from 'vitest';
import { SCENARIOS, SYSTEMS, playScenario } from '../../../src/sim/index.ts';

describe("scenarios tell the talk's story", () => {
  it('has one per system with captions', () => {
    for (const s of SYSTEMS) {
      expect(SCENARIOS[s].system).toBe(s);
      expect(SCENARIOS[s].steps.length).toBeGreaterThanOrEqual(6);
      for (const step of SCENARIOS[s].steps) expect(step.caption.length).toBeGreaterThan(10);
    }
  });
  it.each(SYSTEMS)('%s: plays straight through: write fails, change, reboot, roll back', (system) => {
    const steps = playScenario(system);
    expect(steps[0].output).toMatch(/Read-only file system/);
    for (const s of steps) {
      expect(s.output).not.toContain('sim: internal error');
      expect(s.output).not.toContain('command not found\nSimulated');
      expect(s.prompt.length).toBeGreaterThan(2);
    }
    expect(steps.some((s) => /Connection to .* closed by remote host|switching profile/.test(s.output))).toBe(true);
    expect(steps.every((s) => s.output === '' || s.output.endsWith('\n'))).toBe(true);
  });
  it('is deterministic', () => {
    for (const s of SYSTEMS) expect(JSON.stringify(playScenario(s))).toBe(JSON.stringify(playScenario(s)));
  });
  it('FCOS: staged, booted into, rolled back', () => {
    const out = playScenario('fcos').map((s) => s.output);
    expect(out[2]).toContain('Changes queued for next boot.');
    expect(out[3]).toBe('bash: htop: command not found\n');
    expect(out[6]).toBe('htop 3.4.1\n');
    expect(out[7]).toMatch(/^Moving '/);
    expect(out[9]).toMatch(
      /Deployments:\n● [^\n]+\n[^\n]+\n[^\n]+\n\n {2}[^\n]+\n[^\n]+\n[^\n]+\n {10}LayeredPackages: htop\n$/,
    );
  });
  it('MicroOS: refused, new snapshot, rolled back', () => {
    const out = playScenario('microos').map((s) => s.output);
    expect(out[1]).toContain('This is a transactional-server');
    expect(out[2]).toContain('New default snapshot is #3');
    expect(out[5]).toBe('htop 3.4.1\n');
    expect(out[8]).toMatch(/\n2\* │/);
  });
  it('k3OS: upgraded and switched back', () => {
    const out = playScenario('k3os').map((s) => s.output);
    expect(out[5]).toContain('v0.22.2-k3s2r0');
    expect(out[8]).toContain('v0.21.5-k3s2r1');
  });
  it('NixOS: store read-only, /usr writable, new generation, rollback', () => {
    const out = playScenario('nixos').map((s) => s.output);
    expect(out[1]).toBe('');
    expect(out[3]).toContain('Done. The new configuration is /nix/store/');
    expect(out[4]).toBe('htop 3.4.1\n');
    expect(out[6]).toContain('switching profile from version 2 to 1');
    expect(out[7]).toBe('bash: htop: command not found\n');
  });
});
