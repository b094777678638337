import { describe, expect, it } from 'vitest';
import { firstState } from '../../../../src/components/sim/engine-adapter.ts';
import { paneKey } from '../../../../src/components/sim/pane-model.ts';
import { SimSession } from '../../../../src/components/sim/session.ts';
import { SYSTEMS } from '../../../../src/sim/index.ts';

describe('paneKey: the live views keep the panes the build drew', () => {
  for (const system of SYSTEMS) {
    it(`${system}: a fresh session's panes have the keys of the build's first state`, () => {
      const built = firstState(system);
      const live = new SimSession(system);
      expect(paneKey(live.timeline())).toBe(paneKey(built.timeline));
      expect(paneKey(live.actions())).toBe(paneKey(built.actions));
      expect(paneKey(live.fsMap())).toBe(paneKey(built.fsMap));
    });
  }

  it('changes when what a pane shows changes', () => {
    const live = new SimSession('fcos');
    const before = paneKey(live.timeline());
    live.run('sudo rpm-ostree install htop');
    expect(paneKey(live.timeline())).not.toBe(before);
    const entries = live.fsMap();
    expect(paneKey(entries.map((e, i) => (i === 0 ? { ...e, kind: 'writable' } : e)))).not.toBe(paneKey(entries));
  });
});
