import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  REVEAL_DIR,
  REVEAL_VERSION,
  STAND_INS,
  checkRevealVersion,
  resolveRevealImport,
} from '../../../../src/deck/reveal/reveal-from-sources.mjs';

const source = (file: string) => readFileSync(path.join(REVEAL_DIR, 'js', file), 'utf8');

describe("the deck's build of reveal.js from its sources", () => {
  it('is the pinned reveal.js, and names what to check when another is installed', () => {
    expect(checkRevealVersion()).toBe(REVEAL_VERSION);
    const other = mkdtempSync(path.join(tmpdir(), 'reveal-'));
    writeFileSync(path.join(other, 'package.json'), JSON.stringify({ version: '7.0.0' }));
    expect(() => checkRevealVersion(other)).toThrow(/reveal\.js 7\.0\.0 is installed.*compare the stand-ins/s);
  });

  it("gives the deck reveal's sources, not the published bundle", () => {
    expect(resolveRevealImport('reveal.js', '/p/src/deck/start.ts')).toBe(path.join(REVEAL_DIR, 'js', 'reveal.js'));
    expect(resolveRevealImport('reveal.js/plugin/notes', '/p/src/deck/speaker-notes.ts')).toBeNull();
  });

  it('swaps each left-out module where reveal imports it, and nowhere else', () => {
    for (const { importer, specifier, standIn } of STAND_INS) {
      // Each import is still in reveal's source: a renamed module in a new reveal fails here.
      expect(source(importer), `${importer} imports ${specifier}`).toContain(`from '${specifier}'`);
      expect(existsSync(standIn), standIn).toBe(true);
      const from = path.join(REVEAL_DIR, 'js', importer);
      expect(resolveRevealImport(specifier, from)).toBe(standIn);
      expect(resolveRevealImport(specifier, `${from}?v=1`)).toBe(standIn);
      expect(resolveRevealImport(specifier, '/p/src/deck/start.ts')).toBeNull();
    }
    // The rest of reveal resolves as usual.
    expect(resolveRevealImport('./controllers/keyboard', path.join(REVEAL_DIR, 'js', 'reveal.js'))).toBeNull();
  });

  it("lets the stand-ins load reveal's real controllers on first use", () => {
    const file = resolveRevealImport('reveal.js/js/controllers/overlay.js', '/p/src/deck/reveal/overlay-on-demand.ts');
    expect(file).toBe(path.join(REVEAL_DIR, 'js', 'controllers', 'overlay.js'));
    for (const { standIn } of STAND_INS) {
      for (const [, module] of readFileSync(standIn, 'utf8').matchAll(/import\('(reveal\.js\/js\/[^']+)'\)/g))
        expect(existsSync(resolveRevealImport(module, standIn)!), module).toBe(true);
    }
  });

  it('answers every method reveal calls on each controller it stands in for', () => {
    // reveal binds some of them when it starts (`overlay.toggleHelp.bind(overlay)`): a missing one
    // would stop the deck.
    const core = source('reveal.js');
    const variables: Record<string, string> = {
      './controllers/autoanimate': 'autoAnimate',
      './controllers/overlay': 'overlay',
      './controllers/overview': 'overview',
      './controllers/printview': 'printView',
      './controllers/jumptoslide': 'jumpToSlide',
      './components/playback': 'autoSlidePlayer',
    };
    const controllers = [source('controllers/keyboard.js'), source('controllers/scrollview.js')].join('\n');
    for (const { importer, specifier, standIn } of STAND_INS.filter((s) => s.importer === 'reveal.js')) {
      const name = variables[specifier];
      expect(name, `a variable for ${specifier}`).toBeDefined();
      const called = new Set(
        [
          ...core.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g')),
          ...controllers.matchAll(new RegExp(`Reveal\\.${name}\\.(\\w+)`, 'g')),
        ].map((m) => m[1]),
      );
      expect(called.size, `${importer}: calls on ${name}`).toBeGreaterThan(0);
      const code = readFileSync(standIn, 'utf8');
      for (const method of called)
        expect(code, `${path.basename(standIn)} has ${method}()`).toMatch(new RegExp(`\\n  ${method}\\(`));
    }
  });
});
