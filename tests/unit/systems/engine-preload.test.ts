import { describe, expect, it } from 'vitest';
import { chunkClosure, engineChunks, withEnginePreload } from '../../../src/systems/engine-preload.mjs';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []) => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
});
/** A client bundle shaped like the site's: two systems on a shared core, the live views, a boot script. */
const bundle = {
  '_astro/common.A.js': chunk('_astro/common.A.js', null),
  '_astro/fcos.B.js': chunk('_astro/fcos.B.js', '/p/src/sim/systems/fcos.ts', ['_astro/common.A.js']),
  '_astro/nixos.C.js': chunk('_astro/nixos.C.js', '/p/src/sim/systems/nixos.ts', ['_astro/common.A.js']),
  '_astro/boot.D.js': chunk('_astro/boot.D.js', '/p/src/components/sim/SimMachine.astro?astro&type=script'),
  '_astro/live.E.js': chunk('_astro/live.E.js', '/p/src/components/sim/live.ts', [
    '_astro/common.A.js',
    '_astro/boot.D.js',
  ]),
  '_astro/x.css': { type: 'asset', fileName: '_astro/x.css' },
};
const page = (attrs: string) =>
  `<html><head><script type="module" src="/base/_astro/boot.D.js"></script></head><body><sim-machine class="sim-machine" ${attrs}></sim-machine></body></html>`;

describe('engine preload', () => {
  it('finds each system chunk and the live views with the chunks they import, dependencies first', () => {
    expect(chunkClosure(bundle, '_astro/live.E.js')).toEqual([
      '_astro/common.A.js',
      '_astro/boot.D.js',
      '_astro/live.E.js',
    ]);
    expect(engineChunks(bundle)).toEqual({
      systems: { fcos: ['_astro/common.A.js', '_astro/fcos.B.js'], nixos: ['_astro/common.A.js', '_astro/nixos.C.js'] },
      live: ['_astro/common.A.js', '_astro/boot.D.js', '_astro/live.E.js'],
    });
  });

  it('preloads the marked simulator system, once each, under the base, skipping what a script tag loads', () => {
    const html = withEnginePreload(page('data-system="nixos" data-preload-engine'), engineChunks(bundle), '/base/');
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    expect(links).toEqual(['/base/_astro/common.A.js', '/base/_astro/nixos.C.js', '/base/_astro/live.E.js']);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves a page without an above-the-fold simulator alone', () => {
    const html = page('data-system="fcos"');
    expect(withEnginePreload(html, engineChunks(bundle), '/')).toBe(html);
  });
});
