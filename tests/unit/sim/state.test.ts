import { describe, it, expect } from 'vitest';
import {
  Rng,
  encodeSession,
  decodeSession,
  SimStateError,
  cDate,
  systemdDate,
  iso,
  lsDate,
  contentHash,
  NIX_BASE32,
  START_TIME,
} from '../../../src/sim/state.ts';

const SYSTEMS = ['fcos', 'microos', 'k3os', 'nixos'];

describe('seeded generators', () => {
  it('gives the same hashes for the same seed', () => {
    expect(new Rng(7).hex(64)).toBe(new Rng(7).hex(64));
    expect(new Rng(7).hex(64)).not.toBe(new Rng(8).hex(64));
    expect(new Rng(1).hex(64)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('derives Nix-style names from content', () => {
    const h = contentHash('htop', NIX_BASE32, 32);
    expect(h).toBe(contentHash('htop', NIX_BASE32, 32));
    expect(h).toMatch(/^[0-9abcdfghijklmnpqrsvwxyz]{32}$/);
  });
});

describe('date formats', () => {
  it('formats the seeded start time', () => {
    expect(iso(START_TIME)).toBe('2026-11-26T10:00:00Z');
    expect(systemdDate(START_TIME)).toBe('Thu 2026-11-26 10:00:00 UTC');
    expect(cDate(START_TIME)).toBe('Thu Nov 26 10:00:00 2026');
    expect(cDate(Date.UTC(2022, 11, 2, 21, 30, 19))).toBe('Fri Dec  2 21:30:19 2022'); // %c, §3.4
    expect(lsDate(START_TIME)).toBe('Nov 26 10:00');
  });
});

describe('session encoding', () => {
  const log = { system: 'fcos', seed: 42, lines: ['ls', '', 'echo "é ✓ <b>"', 'a\tb'] };
  it('round-trips and is URL-safe', () => {
    const s = encodeSession(log);
    expect(s).toMatch(/^v1\.fcos\.[0-9a-z]+\.[0-9a-z]+\.[A-Za-z0-9_-]*$/);
    expect(decodeSession(s, SYSTEMS)).toEqual(log);
  });
  it('refuses an unknown version with a message', () => {
    const s = encodeSession(log).replace(/^v1/, 'v9');
    expect(() => decodeSession(s, SYSTEMS)).toThrow(/version 9/);
  });
  it('refuses a corrupt string', () => {
    const s = encodeSession(log);
    const flipped = s.slice(0, -2) + (s.endsWith('A') ? 'B' : 'A') + s.slice(-1);
    expect(() => decodeSession(flipped, SYSTEMS)).toThrow(SimStateError);
    expect(() => decodeSession('garbage', SYSTEMS)).toThrow(SimStateError);
    expect(() => decodeSession('', SYSTEMS)).toThrow(SimStateError);
    expect(() => decodeSession('v1.fcos.1.0.%%%', SYSTEMS)).toThrow(SimStateError);
    expect(() => decodeSession(s.replace('.fcos.', '.beos.'), SYSTEMS)).toThrow(/unknown system/);
  });
});
