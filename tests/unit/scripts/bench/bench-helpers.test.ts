import { describe, expect, it } from 'vitest';
import { median, medianOfRuns } from '../../../../scripts/bench/median.mjs';
import { pageAgain } from '../../../../scripts/bench/doubled-content.mjs';
import { checkBudgets } from '../../../../scripts/bench/budgets.mjs';
import { markdownReport } from '../../../../scripts/bench/report.mjs';

describe('bench medians', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('gives each number of a page its own median, lists from the median-score run', () => {
    const run = (performance: number, tbtMs: number, failing: string[]) => ({ performance, tbtMs, failing });
    const m = medianOfRuns([run(90, 300, ['a']), run(99, 10, []), run(95, 500, ['b'])]);
    expect(m).toMatchObject({ performance: 95, tbtMs: 300, failing: ['b'] });
    expect(m.runs).toHaveLength(3);
  });
});

describe('the doubled talk', () => {
  it('renames a page, its headings and in-page anchors, and moves it after the originals', () => {
    const page = `---\ntitle: NixOS\nsidebar:\n  order: 6\n---\n\nimport X from '../src/x.astro';\n\n## Nix\n\nSee [it](#a-check).\n\n### A check\n`;
    const copy = pageAgain(page, '/project');
    expect(copy).toContain('title: NixOS (again)');
    expect(copy).toContain('  order: 106');
    expect(copy).toContain("from '/project/src/x.astro'");
    expect(copy).toContain('## Nix (again)');
    expect(copy).toContain('### A check (again)');
    expect(copy).toContain('[it](#a-check-again)');
  });
});

describe('budgets', () => {
  const page = { name: 'deck', performance: 100, accessibility: 100, bestPractices: 100, seo: 100, cls: 0 };
  const budgets = {
    allPages: { minScore: 100 },
    pages: { deck: { maxTotalKB: 77, maxLcpMs: 1200, maxTbtMs: 50 } },
    doubled: { deck: { maxTbtMs: 50 } },
    simulator: { maxEngineGzipKB: 20, maxReadyMs: 300 },
  };
  it('names each broken limit, for the deck, the doubled deck and the lab', () => {
    const broken = checkBudgets(
      {
        pages: [{ ...page, totalBytes: 80 * 1024, lcpMs: 1300, tbtMs: 40, jsGzipBytes: 0 }],
        doubled: { deck: { ...page, performance: 90, totalBytes: 0, lcpMs: 0, tbtMs: 120 } },
        simulator: { engineGzipBytes: 35 * 1024, readyMsMedian: 250 },
      },
      budgets,
    );
    expect(broken).toEqual([
      'deck: 80.0 KB in all > 77 KB',
      'deck: LCP 1300 ms > 1200 ms',
      'deck, content doubled: performance 90 < 100',
      'deck, content doubled: TBT 120 ms > 50 ms',
      'lab: engine 35.0 KB gzip > 20 KB',
    ]);
  });
});

describe('budgets: the 4x CPU ready time and the peers', () => {
  const budgets = {
    allPages: {},
    pages: {},
    simulator: { maxReadyMs: 300 },
    peers: { maxBuildRatio: 1.5, maxRebuildRatio: 0.5, maxPdfRatio: 1 },
  };
  it('holds the ready time at 4x CPU to the goal when it was measured, and names each ratio over its goal', () => {
    const broken = checkBudgets(
      {
        pages: [],
        simulator: { readyMsMedian: 250, readyMsThrottledMedian: 640, cpuThrottle: 4 },
        peers: { starlight: { buildRatio: 2.1, rebuildRatio: 0.4 }, marp: { ratio: 1.2 } },
      },
      budgets,
    );
    expect(broken).toEqual([
      'lab: terminal takes input after 640 ms at 4x CPU > 300 ms',
      'build: ×2.1 the Starlight-only build > ×1.5',
      "PDF export: ×1.2 Marp's > ×1",
    ]);
  });
  it('falls back to the unthrottled time for a result without the 4x measurement', () => {
    expect(checkBudgets({ pages: [], simulator: { readyMsMedian: 350 } }, budgets)).toEqual([
      'lab: terminal takes input after 350 ms > 300 ms',
    ]);
  });
});

describe('the report says whether the machine was shared', () => {
  const results = (loadAverage: object) => ({
    date: '2026-11-30',
    machine: '2 CPUs, linux x64, Lighthouse default (mobile, simulated throttling)',
    buildSeconds: 19,
    distBytes: 1024,
    loadAverage,
    pages: [],
  });
  it('quiet when the sampled load stayed within the cores, even after a busy start', () => {
    const md = markdownReport(results({ start: 4.6, end: 2.6, min: 0.8, max: 4.6, median: 1.6 }), []);
    expect(md).toContain('a quiet machine');
    expect(md).not.toContain('busy');
  });
  it('busy when other work kept more processes waiting than there are cores', () => {
    const md = markdownReport(results({ start: 9.3, end: 7.5, min: 5.2, max: 9.8, median: 7 }), []);
    expect(md).toContain('a busy machine (2 cores shared with other work)');
  });
});
