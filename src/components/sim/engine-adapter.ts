/**
 * The one file of the UI that touches the simulator engine (src/sim/). Components and views talk
 * to this thin surface, so a change in the engine's API is absorbed here. Imported statically only
 * at build time (static transcripts, page lists) and by the lazily loaded live module: the small
 * boot script that every simulator page ships must never import it.
 */
import {
  Machine,
  SYSTEMS,
  SCENARIOS,
  systemInfo,
  playScenario,
  SimStateError,
  type SystemId,
  type RunResult,
  type TimelineView,
  type TimelineEntry,
  type FsMapEntry,
  type TimelineAction,
} from '../../sim/index.ts';

export type { SystemId, RunResult, TimelineView, TimelineEntry, FsMapEntry, TimelineAction };
export type SimMachine = Machine;

export const systems: readonly SystemId[] = SYSTEMS;

export function isSystem(id: unknown): id is SystemId {
  return typeof id === 'string' && (SYSTEMS as readonly string[]).includes(id);
}

export function describeSystem(id: SystemId): { id: SystemId; name: string; user: string; hostname: string } {
  return systemInfo(id);
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

export interface ScenarioInfo {
  title: string;
  steps: { command: string; caption: string }[];
}

export function scenarioFor(system: SystemId): ScenarioInfo {
  const s = SCENARIOS[system];
  return { title: s.title, steps: s.steps.map(({ command, caption }) => ({ command, caption })) };
}

/** The scenario played through a fresh machine: what the static (no-JavaScript) transcript shows. */
export function scenarioTranscript(
  system: SystemId,
): { prompt: string; command: string; output: string; caption: string }[] {
  return playScenario(system);
}

/** A fresh machine as the panes first show it: rendered at build time, so hydration changes nothing. */
export interface FirstState {
  prompt: string;
  timeline: TimelineView;
  actions: TimelineAction[];
  fsMap: FsMapEntry[];
}

export function firstState(system: SystemId): FirstState {
  const m = Machine.create(system);
  return { prompt: m.prompt(), timeline: m.timeline(), actions: m.actions(), fsMap: m.fsMap() };
}
