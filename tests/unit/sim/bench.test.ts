import { describe, it, expect } from 'vitest';
import { benchEngine } from '../../../src/sim/bench.ts';

describe('benchEngine', () => {
  it('reports a median per command and the state length per system', () => {
    const r = benchEngine();
    expect(r.commands).toBeGreaterThan(1000);
    expect(r.medianMicrosPerCommand).toBeGreaterThan(0);
    expect(r.medianMicrosPerCommand).toBeLessThan(5000); // generous: CI machines are shared
    for (const s of ['fcos', 'microos', 'k3os', 'nixos'] as const) expect(r.stateLength[s]).toBeGreaterThan(50);
  }, 600_000); // a hang guard: ~4 s quiet, over 200 s measured on a machine loaded ten times over
});
