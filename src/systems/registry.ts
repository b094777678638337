/**
 * The one list of the simulated systems. Everything that names a system is derived from it: the
 * `SystemId` type (engine and data), the engine's module table, the lab pages and the sidebar's
 * lab entries (astro.config.mjs), the social cards, the comparison table's columns, the reference
 * groups and the tests' system lists. Adding a system is one entry here plus its engine module
 * and scenario (see docs-dev/adding-a-system.md); a fixture build test
 * (tests/build/site-build.test.ts) adds a fifth system through this file alone.
 */
import type { SystemModule, TimelineView } from '../sim/kernel.ts';
import { SCENARIOS, type Scenario } from '../sim/scenarios.ts';
import { fcos } from '../sim/systems/fcos.ts';
import { microos } from '../sim/systems/microos.ts';
import { k3os } from '../sim/systems/k3os.ts';
import { nixos } from '../sim/systems/nixos.ts';

export interface SystemEntry {
  /** Short, URL-safe id: `/lab/<id>/`, `<SimMachine system="<id>">`, share links. */
  readonly id: string;
  /** The engine module that simulates the system (src/sim/systems/). Its `name` is the system's name. */
  readonly module: SystemModule;
  /**
   * The guided tour (src/sim/scenarios.ts). A function so that this list's type, from which
   * `SystemId` is derived, does not depend on the scenario table keyed by `SystemId`.
   */
  readonly scenario: () => Scenario;
  /** What the rollback timeline lists; a unit test checks the engine agrees. */
  readonly timeline: TimelineView['kind'];
  /** The talk's docs page about the system (a page slug in content/). */
  readonly docsPage: string;
  /** Heading of the system's group on the references page. */
  readonly referenceGroup: string;
}

export const SYSTEM_REGISTRY = [
  {
    id: 'fcos',
    module: fcos,
    scenario: (): Scenario => SCENARIOS.fcos,
    timeline: 'deployments',
    docsPage: 'coreos',
    referenceGroup: 'Fedora CoreOS, OSTree and bootc',
  },
  {
    id: 'microos',
    module: microos,
    scenario: (): Scenario => SCENARIOS.microos,
    timeline: 'snapshots',
    docsPage: 'microos',
    referenceGroup: 'openSUSE MicroOS',
  },
  {
    id: 'k3os',
    module: k3os,
    scenario: (): Scenario => SCENARIOS.k3os,
    timeline: 'images',
    docsPage: 'k3os',
    referenceGroup: 'k3OS and its successors',
  },
  {
    id: 'nixos',
    module: nixos,
    scenario: (): Scenario => SCENARIOS.nixos,
    timeline: 'generations',
    docsPage: 'nixos',
    referenceGroup: 'NixOS',
  },
] as const satisfies readonly SystemEntry[];

/** A registered system's id: `'fcos' | 'microos' | 'k3os' | 'nixos'`, from the list above. */
export type SystemId = (typeof SYSTEM_REGISTRY)[number]['id'];

/** The ids in registry order (the order of the lab, the sidebar and the comparison's columns). */
export const SYSTEM_IDS: readonly SystemId[] = SYSTEM_REGISTRY.map((s) => s.id);

export function isSystemId(id: unknown): id is SystemId {
  return typeof id === 'string' && (SYSTEM_IDS as readonly string[]).includes(id);
}

/** The registry entry of a system; throws for an id that is not registered. */
export function systemEntry(id: SystemId): SystemEntry {
  const entry = SYSTEM_REGISTRY.find((s) => s.id === id);
  if (!entry) throw new Error(`Unknown system "${String(id)}"; known: ${SYSTEM_IDS.join(', ')}`);
  return entry;
}

/** The system's display name ("Fedora CoreOS"), as its engine module gives it. */
export function systemName(id: SystemId): string {
  return systemEntry(id).module.name;
}

/** Site paths (before the base path) of a system's pages. */
export const labPath = (id: SystemId): string => `/lab/${id}/`;
export const docsPagePath = (id: SystemId): string => `/${systemEntry(id).docsPage}/`;
