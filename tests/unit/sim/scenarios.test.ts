import { describe, it, expect } from 'vitest';
import { PAGE_SCENARIOS, SCENARIOS, SYSTEMS, playScenario, scenarioById } from '../../../src/sim/index.ts';

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
  it('k3OS: /etc lost at reboot, upgraded, switched back, the unofficial step labelled', () => {
    const steps = playScenario('k3os');
    const out = steps.map((s) => s.output);
    expect(out[1]).toBe('hello\n');
    expect(out[6]).toBe('cat: /etc/motd-test: No such file or directory\n');
    expect(out[7]).toContain('v0.22.2-k3s2r0');
    expect(out[11]).toContain('v0.21.5-k3s2r1');
    expect(steps[4].caption).toMatch(/deprecated/);
    expect(steps[4].caption).toMatch(/k3os\.io\/upgrade=latest/);
    expect(steps[8].caption).toMatch(/^Unofficial/);
  });
  it('NixOS: store read-only, /usr writable, new generation, rollback', () => {
    const out = playScenario('nixos').map((s) => s.output);
    expect(out[1]).toBe('');
    expect(out[3]).toContain('Done. The new configuration is /nix/store/');
    expect(out[4]).toBe('htop 3.4.1\n');
    expect(out[6]).toContain('switching profile from version 2 to 1');
    expect(out[7]).toBe('bash: htop: command not found\n');
  });

  it('a page picks its own demonstration by id; unknown or mismatched ids are refused', () => {
    const steps = playScenario('fcos', 'fcos-read-only');
    expect(steps.map((s) => s.command)).toEqual(PAGE_SCENARIOS['fcos-read-only'].steps.map((s) => s.command));
    expect(steps[0].output).toMatch(/Read-only file system/);
    expect(steps[1].output).toMatch(/cannot create directory .\/foo.: Read-only file system/);
    expect(steps[2].output).toBe('');
    expect(steps[3].output).toBe('/var/home/core/notes.txt\n');
    expect(steps.some((s) => /rpm-ostree install/.test(s.command))).toBe(false);
    expect(() => scenarioById('fcos', 'nope')).toThrow(/Unknown scenario "nope"/);
    expect(() => scenarioById('nixos', 'fcos-read-only')).toThrow(/is for fcos, not nixos/);
    expect(scenarioById('nixos')).toBe(SCENARIOS.nixos);
  });
});
