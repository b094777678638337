import { describe, expect, it } from 'vitest';
import { deferSimulatorMarkup } from '../../../src/deck/defer-simulators.ts';

const sim = (live: string) =>
  `<sim-machine data-system="fcos"><div class="sim-live">${live}</div><details class="sim-transcript"><pre>t</pre></details></sim-machine>`;

describe('deferSimulatorMarkup', () => {
  it("puts a simulator's live part in an inert template and keeps its transcript in the document", () => {
    const live =
      '<div class="sim-main"><div class="sim-terminal"><p id="x">$</p></div></div><div class="sim-side"></div>';
    expect(deferSimulatorMarkup(`<p>before</p>${sim(live)}<p>after</p>`)).toBe(
      `<p>before</p><sim-machine data-system="fcos"><div class="sim-live"><template data-sim-deferred>${live}</template></div>` +
        '<details class="sim-transcript"><pre>t</pre></details></sim-machine><p>after</p>',
    );
  });

  it('defers every simulator of a page, each up to the end of its own live part', () => {
    const out = deferSimulatorMarkup(`${sim('<div>a<div>b</div></div>')}<div>between</div>${sim('<div>c</div>')}`);
    expect(out.match(/<template data-sim-deferred>/g)).toHaveLength(2);
    expect(out).toContain('<template data-sim-deferred><div>a<div>b</div></div></template></div><details');
    expect(out).toContain('</sim-machine><div>between</div><sim-machine');
    expect(out).toContain('<template data-sim-deferred><div>c</div></template></div>');
  });

  it('leaves a page without simulators unchanged', () => {
    expect(deferSimulatorMarkup('<div class="sim-liveish"><p>x</p></div>')).toBe(
      '<div class="sim-liveish"><p>x</p></div>',
    );
  });

  it('refuses a live part that never closes', () => {
    expect(() => deferSimulatorMarkup('<div class="sim-live"><div>open</div>')).toThrow(/not closed/);
  });
});
