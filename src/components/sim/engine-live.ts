/**
 * The engine as the live simulator in the browser sees it: the core (src/sim/machine.ts) and one
 * system, loaded on demand from its own chunk (the registry's `engine()`, src/systems/registry.ts).
 * engine-adapter.ts adds what only the build and the tests need (every system, scenarios played
 * through); the boot script that every simulator page ships imports neither.
 */
import {
  Machine,
  registerSystem,
  SYSTEMS,
  systemInfo,
  SimStateError,
  REPLAY_BUDGET_MS,
  type MachineSnapshot,
  type SessionEvent,
  type SessionLog,
  type SystemId,
  type RunResult,
  type TimelineView,
  type TimelineEntry,
  type FsMapEntry,
  type TimelineAction,
} from '../../sim/machine.ts';
import { isSystemId, systemEntry } from '../../systems/registry.ts';

export type {
  SystemId,
  RunResult,
  TimelineView,
  TimelineEntry,
  FsMapEntry,
  TimelineAction,
  MachineSnapshot,
  SessionEvent,
  SessionLog,
};
export { REPLAY_BUDGET_MS };
export type SimMachine = Machine;

export const systems: readonly SystemId[] = SYSTEMS;

export function isSystem(id: unknown): id is SystemId {
  return isSystemId(id);
}

/** Fetches and registers a system's module (once; the browser caches the chunk). */
export async function loadSystem(system: SystemId): Promise<void> {
  registerSystem(system, await systemEntry(system).engine());
}

export function newMachine(system: SystemId, seed?: number): Machine {
  return Machine.create(system, { seed });
}

/** A system's name; one this page has not loaded is named by its id. */
function nameOf(system: SystemId): string {
  try {
    return systemInfo(system).name;
  } catch {
    return system;
  }
}

/** An engine error's message is for the user; anything else is a bug shown as "could not be restored". */
function userError(e: unknown): Error {
  return new Error(e instanceof SimStateError ? e.message : 'The saved machine could not be restored.');
}

/** Reads a serialized session for `system` without replaying it; throws an Error whose message is for the user. */
export function parseSession(serialized: string, system: SystemId): SessionLog {
  let log: SessionLog;
  try {
    log = Machine.parse(serialized);
  } catch (e) {
    throw userError(e);
  }
  if (log.system !== system)
    throw new Error(`This link holds a ${nameOf(log.system as SystemId)} machine, not ${nameOf(system)}.`);
  return log;
}

/** The machine a snapshot (from the restore worker) was taken of. */
export function machineFromSnapshot(snapshot: MachineSnapshot, system: SystemId): Machine {
  if (snapshot?.system !== system) throw new Error('The restored machine is for another system.');
  try {
    return Machine.fromSnapshot(snapshot);
  } catch (e) {
    throw userError(e);
  }
}
