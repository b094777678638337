import { expect } from 'vitest';
import { Machine, type SystemId } from '../../../src/sim/index.ts';

/** Runs lines on a machine and returns the output of the last one. */
export function run(m: Machine, ...lines: string[]): string {
  let out = '';
  for (const l of lines) {
    const r = m.run(l);
    expect(r.output).not.toContain('sim: internal error');
    out = r.output;
  }
  return out;
}

export function machine(system: SystemId, ...lines: string[]): Machine {
  const m = Machine.create(system);
  for (const l of lines) run(m, l);
  return m;
}

export function code(m: Machine, line: string): number {
  return m.run(line).exitCode;
}
