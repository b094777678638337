// Public API of the simulator engine: pure TypeScript, no DOM, no framework. This entry loads every
// system of the registry (src/systems/registry.ts) and its guided tour, for Node, the tests and the
// build; a browser page loads machine.ts and its one system only (components/sim/engine-live.ts).
import { SYSTEM_REGISTRY, type SystemId } from '../systems/registry.ts';
import { Machine, registerSystem } from './machine.ts';
import { scenarioById, type Scenario } from './scenarios.ts';

export * from './machine.ts';
export { SCENARIOS, PAGE_SCENARIOS, scenarioById } from './scenarios.ts';

const TOURS = new Map<SystemId, Scenario>();
await Promise.all(
  SYSTEM_REGISTRY.map(async (entry) => {
    const [module, tour] = await Promise.all([entry.engine(), entry.scenario()]);
    registerSystem(entry.id, module);
    TOURS.set(entry.id, tour);
  }),
);

/** The scenario a simulator plays: the page's choice by id (src/sim/scenarios.ts), or the system's registered tour. */
export function scenarioOf(system: SystemId, id?: string): Scenario {
  if (id) return scenarioById(system, id);
  const tour = TOURS.get(system);
  if (!tour) throw new Error(`Unknown system "${String(system)}"`);
  return tour;
}

export function playScenario(
  system: SystemId,
  scenario?: string,
): { prompt: string; command: string; output: string; caption: string }[] {
  const m = Machine.create(system);
  return scenarioOf(system, scenario).steps.map((step) => {
    // The shell prompt: a question a step asks is shown at the end of that step's output.
    const prompt = m.kernel.sysmod.prompt(m.kernel);
    const r = m.run(step.command);
    return { prompt, command: step.command, output: r.output + (r.question ?? ''), caption: step.caption };
  });
}
