/**
 * The registry of systems is the one place that names them: these checks fail when an entry and
 * the engine, the content or the derived lists disagree.
 */
import { existsSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  SYSTEM_IDS,
  SYSTEM_REGISTRY,
  docsPagePath,
  isSystemId,
  systemEntry,
  systemName,
  type SystemId,
} from '../../../src/systems/registry.ts';
import type { SystemId as EngineSystemId } from '../../../src/sim/kernel.ts';
import type { SystemId as DataSystemId } from '../../../src/data/references.ts';
import { Machine, SYSTEMS, scenarioOf, systemInfo } from '../../../src/sim/index.ts';
import { COMPARED_SYSTEMS, COMPARISON } from '../../../src/data/comparison.ts';
import { REFERENCE_GROUPS } from '../../../src/data/references.ts';
import { EXTRA_CARD_PAGES } from '../../../src/social/card-pages.ts';

describe('the registry of systems', () => {
  it('is where every SystemId type comes from', () => {
    expectTypeOf<EngineSystemId>().toEqualTypeOf<SystemId>();
    expectTypeOf<DataSystemId>().toEqualTypeOf<SystemId>();
    expectTypeOf<SystemId>().toEqualTypeOf<(typeof SYSTEM_REGISTRY)[number]['id']>();
  });

  it('has unique ids that are safe in a URL', () => {
    expect(new Set(SYSTEM_IDS).size).toBe(SYSTEM_IDS.length);
    for (const id of SYSTEM_IDS) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('agrees with each engine module: its id, its name, its timeline, its scenario', async () => {
    for (const entry of SYSTEM_REGISTRY) {
      const module = await entry.engine();
      expect(module.id).toBe(entry.id);
      expect(module.name).toBe(entry.name);
      expect(systemInfo(entry.id).name).toBe(entry.name);
      expect(Machine.create(entry.id).timeline().kind).toBe(entry.timeline);
      const tour = await entry.scenario();
      expect(tour.system).toBe(entry.id);
      expect(tour.steps.length).toBeGreaterThan(0);
      expect(scenarioOf(entry.id)).toBe(tour);
    }
  });

  it('names a docs page that exists in content/', () => {
    for (const id of SYSTEM_IDS) {
      const page = systemEntry(id).docsPage;
      expect(existsSync(`content/${page}.mdx`) || existsSync(`content/${page}/index.mdx`), `${id}: ${page}`).toBe(true);
    }
  });

  it('feeds the engine, the comparison, the references and the social cards', () => {
    expect(SYSTEMS).toEqual(SYSTEM_IDS);
    expect(COMPARED_SYSTEMS.map((s) => s.id)).toEqual(SYSTEM_IDS);
    expect(COMPARED_SYSTEMS.map((s) => s.page)).toEqual(SYSTEM_IDS.map(docsPagePath));
    for (const row of COMPARISON) expect(Object.keys(row.cells).sort(), row.id).toEqual([...SYSTEM_IDS].sort());
    expect(REFERENCE_GROUPS.map((g) => g.id)).toEqual(['general', ...SYSTEM_IDS]);
    for (const id of SYSTEM_IDS)
      expect(EXTRA_CARD_PAGES).toContainEqual({
        path: `/lab/${id}/`,
        title: `${systemName(id)} simulator`,
        kicker: 'LAB',
      });
  });

  it('tells a registered id from anything else', () => {
    expect(isSystemId('fcos')).toBe(true);
    expect(isSystemId('bogus')).toBe(false);
    expect(isSystemId(undefined)).toBe(false);
    expect(() => systemEntry('bogus' as SystemId)).toThrow(/Unknown system "bogus"; known: fcos, microos/);
  });
});
