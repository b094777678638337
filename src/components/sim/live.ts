/**
 * The live simulator, loaded on demand by boot.ts (dynamic import): one session shared by the
 * terminal, the timeline, the file-system map, the guided tour and the share button found inside
 * one <sim-machine> element. Marks the element `data-ready` (and `window.__simReady`) when the
 * terminal accepts input, which `npm run bench` reads.
 */
import { mirrorSession } from './deck-mirror.ts';
import { isSystem, loadSystem } from './engine-live.ts';
import { FsMapView } from './fs-map-view.ts';
import { ScenarioView } from './scenario-view.ts';
import { SimSession } from './session.ts';
import { ShareView } from './share-view.ts';
import { TerminalView } from './terminal-view.ts';
import { TimelineView } from './timeline-view.ts';

export interface LiveSimulator {
  /** Types a command into the terminal and runs it. */
  runCommand(command: string): void;
  /** Runs step i of the guided tour. */
  runStep(i: number): void;
}

declare global {
  interface Window {
    __simReady?: number[];
  }
}

export async function mount(root: HTMLElement): Promise<LiveSimulator> {
  const system = root.dataset.system;
  if (!isSystem(system)) throw new Error(`Unknown simulator system "${system}"`);
  await loadSystem(system);
  const session = new SimSession(system);
  const terminal = new TerminalView(root, session);
  const run = (command: string) => terminal.typeAndRun(command);
  if (root.querySelector('[data-sim-timeline]')) new TimelineView(root, session, run);
  if (root.querySelector('[data-sim-fsmap]')) new FsMapView(root, session, run);
  const share = new ShareView(root, session, (m) => terminal.say(m));
  if (root.hasAttribute('data-share')) await share.restoreFromUrl(system);
  // Before the tour: in the speaker view the tour must know it only mirrors the projected deck.
  mirrorSession(root, session);
  const say = (m: string) => terminal.say(m);
  const tour = root.querySelector('[data-sim-step]') ? new ScenarioView(root, session, run, say) : null;

  const ready = Math.round(performance.now());
  root.dataset.ready = String(ready);
  (window.__simReady ??= []).push(ready);
  return {
    runCommand: run,
    runStep: (i) => tour?.runStep(i),
  };
}
