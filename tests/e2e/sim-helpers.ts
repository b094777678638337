/** Shared by the simulator specs: what a scenario should print, and what the terminal shows. */
import { expect, type Locator, type Page } from '@playwright/test';
import { scenarioTranscript, describeSystem, type SystemId } from '../../src/components/sim/engine-adapter.ts';
import { SYSTEM_IDS, docsPagePath } from '../../src/systems/registry.ts';
import { entryText } from '../../src/components/sim/transcript.ts';

/** Every registered system (src/systems/registry.ts). */
export const SIM_SYSTEMS: readonly SystemId[] = SYSTEM_IDS;

/** The system's docs page, relative to the base (`coreos/`). */
export const docsPageOf = (system: SystemId): string => docsPagePath(system).slice(1);

/** The scenario's entries as the terminal must show them, played through the engine in Node. */
export function expectedScenario(system: SystemId): string[] {
  return scenarioTranscript(system).map(({ prompt, command, output }) => entryText({ prompt, command, output }));
}

export const systemName = (system: SystemId) => describeSystem(system).name;

/** The slide id of a system's "Try it" slide (its heading's slug). */
export function trySlideId(system: SystemId): string {
  return `try-it-${systemName(system)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`;
}

/** The terminal's entries as text: prompt and command, then the output. */
export async function shownEntries(sim: Locator): Promise<string[]> {
  return sim.locator('.sim-entry').evaluateAll((entries) =>
    entries.map((e) => {
      const line = e.querySelector('.sim-entry-line')?.textContent ?? '';
      const out = e.querySelector('.sim-entry-output')?.textContent;
      return out ? `${line}\n${out}` : line;
    }),
  );
}

/** Waits until the simulator's engine is loaded and the terminal takes input. */
export async function waitReady(sim: Locator): Promise<void> {
  await expect(sim).toHaveAttribute('data-ready', /\d+/);
  // The input is named "Command", or "Answer: <question>" while a command waits for a y/n answer.
  await expect(sim.getByRole('textbox', { name: /^(Command|Answer:)/ })).toBeEnabled();
}

/** Types a line into the terminal and presses Enter, as a user would. */
export async function typeLine(page: Page, sim: Locator, line: string): Promise<void> {
  const input = sim.getByRole('textbox', { name: 'Command' });
  await input.click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}
