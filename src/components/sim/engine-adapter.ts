/**
 * The engine for the build and the tests: every system of the registry loaded (src/sim/index.ts),
 * the scenarios, and a fresh machine's first state for the markup. Imported statically only at build
 * time (static transcripts, first states, page lists) and by the tests; the live simulator and
 * the share-restore worker use engine-live.ts, which loads one system. The boot script that
 * every simulator page ships imports neither.
 */
import { Machine, scenarioOf, systemInfo, playScenario, type SystemId } from '../../sim/index.ts';
import type { FsMapEntry, TimelineAction, TimelineView } from './engine-live.ts';

export {
  isSystem,
  machineFromSnapshot,
  newMachine,
  parseSession,
  REPLAY_BUDGET_MS,
  systems,
} from './engine-live.ts';
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
  SimMachine,
} from './engine-live.ts';

export function describeSystem(id: SystemId): { id: SystemId; name: string; user: string; hostname: string } {
  return systemInfo(id);
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
