/**
 * "Run" beside a command in the prose: types the command into the nearest simulator's terminal
 * and runs it. Nearest = the one on the same slide, else the closest one before the button, else
 * the first after it.
 */
import type { SimMachineElement } from './boot.ts';

function nearestSimulator(from: Element): SimMachineElement | null {
  const sameSlide = from.closest('section.slide')?.querySelector<SimMachineElement>('sim-machine');
  if (sameSlide) return sameSlide;
  const all = [...document.querySelectorAll<SimMachineElement>('sim-machine')];
  const before = all.filter((s) => s.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING);
  return before.at(-1) ?? all[0] ?? null;
}

document.querySelectorAll<HTMLButtonElement>('button[data-sim-run-command]').forEach((button) => {
  const simulator = nearestSimulator(button);
  if (!simulator) return; // no simulator on this page: the command stays plain text
  button.hidden = false;
  button.addEventListener('click', async () => {
    await customElements.whenDefined('sim-machine');
    simulator.scrollIntoView({ block: 'nearest' });
    await simulator.runCommand(button.dataset.simRunCommand ?? '');
  });
});
