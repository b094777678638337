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
    expect(cDate(Date.UTC(2022, 11, 2, 21, 30, 19))).toBe('Fri Dec  2 21:30:19 2022'); // strftime %c in the C locale, as snapper list prints dates
    expect(lsDate(START_TIME)).toBe('Nov 26 10:00');
  });
});

describe('session encoding', () => {
  const log = { system: 'fcos', seed: 42, events: ['ls', '', 'echo "é ✓ <b>"', ['half a line'], 'a\tb'] };
  it('round-trips the lines typed and Ctrl+C, and nothing displayed', () => {
    const s = encodeSession(log as never);
    expect(JSON.parse(s)).toEqual({ v: 2, s: 'fcos', r: 42, e: log.events });
    expect(decodeSession(s, SYSTEMS)).toEqual(log);
  });
  it('refuses an unknown version with a message', () => {
    const s = encodeSession(log as never).replace('"v":2', '"v":9');
    expect(() => decodeSession(s, SYSTEMS)).toThrow(/version 9/);
  });
  it.each([
    ['garbage', /does not parse/],
    ['', /empty/],
    ['{"v":2,"s":"beos","r":1,"e":[]}', /unknown system/],
    ['{"v":2,"s":"fcos","r":-1,"e":[]}', /bad seed/],
    ['{"v":2,"s":"fcos","r":1,"e":[1]}', /list of lines/],
    ['{"v":2,"s":"fcos","r":1,"e":[["a","b"]]}', /list of lines/],
    ['{"v":2,"s":"fcos","r":1,"t":[["$ ","x","forged"]]}', /list of lines/],
  ])('refuses %j with SimStateError', (text, message) => {
    expect(() => decodeSession(text, SYSTEMS)).toThrow(SimStateError);
    expect(() => decodeSession(text, SYSTEMS)).toThrow(message);
  });
});
