/**
 * The one list of the simulated systems. Everything that names a system is derived from it: the
 * `SystemId` type (engine and data), the engine's systems, the lab pages and the sidebar's lab
 * entries (astro.config.mjs), the social cards, the comparison table's columns, the reference
 * groups and the tests' system lists. Adding a system is one entry here plus its engine module
 * and scenario (see docs-dev/adding-a-system.md); a fixture build test
 * (tests/build/site-build.test.ts) adds a fifth system through this file alone.
 *
 * Pure data: this file imports no engine code, so any page may use it. The engine module and the
 * guided tour are behind `import()`: in the browser each system is a chunk of its own, fetched by
 * the one page that shows it; src/sim/index.ts loads all of them for Node, the tests and the build.
 */
import type { SystemModule, TimelineView } from '../sim/kernel.ts';
import type { Scenario } from '../sim/scenarios.ts';

export interface SystemEntry {
  /** Short, URL-safe id: `/lab/<id>/`, `<SimMachine system="<id>">`, share links. */
  readonly id: string;
  /** The system's display name; a unit test checks it is the engine module's `name`. */
  readonly name: string;
  /** The engine module that simulates the system (src/sim/systems/), loaded on demand. */
  readonly engine: () => Promise<SystemModule>;
  /** The guided tour (src/sim/scenarios.ts), loaded on demand (only the build and the tests play it). */
  readonly scenario: () => Promise<Scenario>;
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
    name: 'Fedora CoreOS',
    engine: (): Promise<SystemModule> => import('../sim/systems/fcos.ts').then((m) => m.fcos),
    scenario: (): Promise<Scenario> => import('../sim/scenarios.ts').then((m) => m.SCENARIOS.fcos),
    timeline: 'deployments',
    docsPage: 'coreos',
    referenceGroup: 'Fedora CoreOS, OSTree and bootc',
  },
  {
    id: 'microos',
    name: 'openSUSE MicroOS',
    engine: (): Promise<SystemModule> => import('../sim/systems/microos.ts').then((m) => m.microos),
    scenario: (): Promise<Scenario> => import('../sim/scenarios.ts').then((m) => m.SCENARIOS.microos),
    timeline: 'snapshots',
    docsPage: 'microos',
    referenceGroup: 'openSUSE MicroOS',
  },
  {
    id: 'k3os',
    name: 'k3OS',
    engine: (): Promise<SystemModule> => import('../sim/systems/k3os.ts').then((m) => m.k3os),
    scenario: (): Promise<Scenario> => import('../sim/scenarios.ts').then((m) => m.SCENARIOS.k3os),
    timeline: 'images',
    docsPage: 'k3os',
    referenceGroup: 'k3OS and its successors',
  },
  {
    id: 'nixos',
    name: 'NixOS',
    engine: (): Promise<SystemModule> => import('../sim/systems/nixos.ts').then((m) => m.nixos),
    scenario: (): Promise<Scenario> => import('../sim/scenarios.ts').then((m) => m.SCENARIOS.nixos),
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

/** The system's display name ("Fedora CoreOS"). */
export function systemName(id: SystemId): string {
  return systemEntry(id).name;
}

/** Site paths (before the base path) of a system's pages. */
export const labPath = (id: SystemId): string => `/lab/${id}/`;
export const docsPagePath = (id: SystemId): string => `/${systemEntry(id).docsPage}/`;
