/**
 * The engine as the live simulator in the browser sees it: the core (machine.ts) and one system,
 * loaded on demand from its own chunk. engine-adapter.ts adds what only the build and the tests
 * need (all four systems, scenarios played through); the boot script imports neither.
 */
import {
  Machine,
  registerSystem,
  SimStateError,
  SYSTEMS,
  systemInfo,
  type FsMapEntry,
  type RunResult,
  type SystemId,
  type TimelineAction,
  type TimelineEntry,
  type TimelineView,
} from '../../sim/machine.ts';
import { SYSTEM_CHUNKS } from './system-chunks.ts';

export type { SystemId, RunResult, TimelineView, TimelineEntry, FsMapEntry, TimelineAction };
export type SimMachine = Machine;

export const systems: readonly SystemId[] = SYSTEMS;

export function isSystem(id: unknown): id is SystemId {
  return typeof id === 'string' && (SYSTEMS as readonly string[]).includes(id);
}

/** Fetches and registers a system's module (once; the browser caches the chunk). */
export async function loadSystem(system: SystemId): Promise<void> {
  registerSystem(system, await SYSTEM_CHUNKS[system]());
}

export function newMachine(system: SystemId): Machine {
  return Machine.create(system);
}

/** Restores a serialized machine for `system`; throws an Error whose message is for the user. */
export function restoreMachine(serialized: string, system: SystemId): Machine {
  let machine: Machine;
  try {
    machine = Machine.restore(serialized);
  } catch (e) {
    if (e instanceof SimStateError) throw new Error(e.message);
    throw new Error('The saved machine could not be restored.');
  }
  if (machine.system !== system)
    throw new Error(`This link holds a ${systemInfo(machine.system).name} machine, not ${systemInfo(system).name}.`);
  return machine;
}
