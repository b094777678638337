/**
 * The embed page's script: applies the query-string options (panes, theme, tour steps) before the
 * engine loads, and tells the host page its height (`postMessage`) so that the optional host
 * script (public/embed.js) can size the iframe to fit.
 */
import type { SimMachineElement } from './boot.ts';
import { parseEmbedOptions, RESIZE_MESSAGE } from './embed-options.ts';

const options = parseEmbedOptions(location.search);
const root = document.documentElement;
if (options.theme !== 'auto') {
  // The simulator's colours follow data-theme (sim.css); the page's own follow color-scheme.
  root.dataset.theme = options.theme;
  root.style.colorScheme = options.theme;
}

const machine = document.querySelector<SimMachineElement>('sim-machine');
if (machine) {
  const commands = [...machine.querySelectorAll<HTMLElement>('[data-sim-step]')].map((s) => s.dataset.simStep ?? '');
  // Panes left out are removed, not hidden: the live views then never draw them.
  if (!options.parts.has('timeline')) {
    machine.querySelector('.sim-timeline')?.remove();
    machine.classList.remove('sim-has-timeline');
  }
  if (!options.parts.has('fsmap')) {
    machine.querySelector('.sim-fsmap')?.remove();
    machine.classList.remove('sim-has-fsmap');
  }
  if (!machine.querySelector('.sim-side > *')) machine.querySelector('.sim-side')?.remove();
  if (!options.parts.has('tour')) {
    machine.querySelector('.sim-tour')?.remove();
    machine.classList.remove('sim-has-tour');
  }
  const shared = /(?:^#|&)s=/.test(location.hash);
  if (options.steps > 0 && !shared) {
    void customElements.whenDefined('sim-machine').then(async () => {
      const live = await machine.load();
      for (let i = 0; i < Math.min(options.steps, commands.length); i++) {
        if (options.parts.has('tour')) live.runStep(i);
        else live.runCommand(commands[i]);
      }
    });
  }
}

// Auto-resize: only when framed; the host decides whether to listen (public/embed.js).
if (window.parent !== window && 'ResizeObserver' in window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
