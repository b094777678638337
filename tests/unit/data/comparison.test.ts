import { describe, it, expect } from 'vitest';
import { COMPARED_SYSTEMS, COMPARISON } from '../../../src/data/comparison.ts';

describe('comparison data', () => {
  it('compares the four systems on the aspects the issue names', () => {
    expect(COMPARED_SYSTEMS.map((s) => s.id)).toEqual(['fcos', 'microos', 'k3os', 'nixos']);
    expect(COMPARISON.map((r) => r.label)).toEqual([
      'Base',
      'Read-only part',
      'Writable parts',
      'Update unit',
      'Rollback',
      'Provisioning tool',
      'Package changes',
      'Status in 2026',
    ]);
  });

  it('fills every cell, with a source', () => {
    for (const row of COMPARISON) {
      for (const s of COMPARED_SYSTEMS) {
        const cell = row.cells[s.id];
        expect(cell?.text, `${row.id}/${s.id}`).toBeTruthy();
        expect(cell.source, `${row.id}/${s.id}`).toMatch(/^https:\/\//);
      }
    }
  });

  it('keeps the slide version small enough to project', () => {
    const deckRows = COMPARISON.filter((r) => r.inDeck);
    expect(deckRows.length).toBeGreaterThan(0);
    expect(deckRows.length).toBeLessThanOrEqual(5);
    for (const r of deckRows)
      for (const c of Object.values(r.cells)) expect(c.text.length, c.text).toBeLessThanOrEqual(60);
  });
});
