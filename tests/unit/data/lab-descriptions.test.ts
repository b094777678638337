/**
 * Each lab page's description (meta, social card, search snippet) promises only what that system
 * does (issue 12, item 14): the claims are run through the simulator.
 */
import { describe, expect, it } from 'vitest';
import { LAB_DESCRIPTIONS, LAB_INDEX_DESCRIPTION } from '../../../src/data/lab-descriptions.ts';
import { Machine, SYSTEMS } from '../../../src/sim/index.ts';

describe('lab descriptions', () => {
  it.each(SYSTEMS)('%s: "a write to /usr fails" is said only where it fails', (system) => {
    const fails = Machine.create(system).run('sudo touch /usr/bin/foo').exitCode !== 0;
    expect(/write to \/usr fail/.test(LAB_DESCRIPTIONS[system])).toBe(fails);
  });

  it('promises a package install only on systems with a package manager', () => {
    const k3os = Machine.create('k3os');
    for (const pm of ['apk add htop', 'apt install htop', 'dnf install htop'])
      expect(k3os.run(`sudo ${pm}`).output).toMatch(/command not found/);
    expect(LAB_DESCRIPTIONS.k3os).not.toMatch(/package/);
    for (const system of ['fcos', 'microos', 'nixos'] as const) expect(LAB_DESCRIPTIONS[system]).toMatch(/package/);
  });

  it('says on NixOS that the store is the read-only part, and fits a search snippet', () => {
    expect(Machine.create('nixos').run('sudo touch /nix/store/foo').output).toMatch(/Read-only file system/);
    expect(LAB_DESCRIPTIONS.nixos).toMatch(/Nix store is read-only/);
    for (const d of [...Object.values(LAB_DESCRIPTIONS), LAB_INDEX_DESCRIPTION]) expect(d.length).toBeLessThan(170);
  });
});
