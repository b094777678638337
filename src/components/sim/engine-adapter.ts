/**
 * The one file of the UI that touches the simulator engine (src/sim/). Components and views talk
 * to this thin surface, so a change in the engine's API is absorbed here. Imported statically only
 * at build time (static transcripts, page lists) and by the lazily loaded live module: the small
 * boot script that every simulator page ships must never import it.
 */
import {
  Machine,
  SYSTEMS,
  scenarioOf,
  systemInfo,
  playScenario,
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
} from '../../sim/index.ts';
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

/** What the system's rollback timeline lists (deployments, snapshots, generations or images). */
export function timelineKind(id: SystemId): TimelineView['kind'] {
  return systemEntry(id).timeline;
}

export function describeSystem(id: SystemId): { id: SystemId; name: string; user: string; hostname: string } {
  return systemInfo(id);
}

export function newMachine(system: SystemId, seed?: number): Machine {
  return Machine.create(system, { seed });
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
    throw new Error(
      `This link holds a ${systemInfo(log.system as SystemId).name} machine, not ${systemInfo(system).name}.`,
    );
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

export interface ScenarioInfo {
  title: string;
  steps: { command: string; caption: string }[];
}

/** The system's guided tour, or the page scenario `id` (src/sim/scenarios.ts); throws on an unknown id. */
export function scenarioFor(system: SystemId, id?: string): ScenarioInfo {
  const s = scenarioOf(system, id);
  return { title: s.title, steps: s.steps.map(({ command, caption }) => ({ command, caption })) };
}

/** The scenario played through a fresh machine: what the static (no-JavaScript) transcript shows. */
export function scenarioTranscript(
  system: SystemId,
  scenario?: string,
): { prompt: string; command: string; output: string; caption: string }[] {
  return playScenario(system, scenario);
}

/** The first prompt of a fresh machine, for the terminal's markup before the engine loads. */
export function firstPrompt(system: SystemId): string {
  return Machine.create(system).prompt();
}
