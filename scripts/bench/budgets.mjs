/** The limits a page's rules can set besides scores: total weight, LCP, TBT. */
function pageLimits(name, page, rules) {
  const broken = [];
  if (rules.maxTotalKB !== undefined && page.totalBytes / 1024 > rules.maxTotalKB)
    broken.push(`${name}: ${(page.totalBytes / 1024).toFixed(1)} KB in all > ${rules.maxTotalKB} KB`);
  if (rules.maxLcpMs !== undefined && page.lcpMs > rules.maxLcpMs)
    broken.push(`${name}: LCP ${page.lcpMs} ms > ${rules.maxLcpMs} ms`);
  if (rules.maxTbtMs !== undefined && page.tbtMs > rules.maxTbtMs)
    broken.push(`${name}: TBT ${page.tbtMs} ms > ${rules.maxTbtMs} ms`);
  return broken;
}

/** Compares measured figures with bench/budgets.json; returns the broken budgets as sentences. */
export function checkBudgets(results, budgets) {
  const broken = [];
  for (const page of results.pages) {
    const rules = { ...budgets.allPages, ...(budgets.pages[page.name] ?? {}) };
    for (const cat of ['performance', 'accessibility', 'bestPractices', 'seo']) {
      if (rules.minScore !== undefined && page[cat] < rules.minScore)
        broken.push(`${page.name}: ${cat} ${page[cat]} < ${rules.minScore}`);
    }
    if (rules.maxCls !== undefined && page.cls > rules.maxCls)
      broken.push(`${page.name}: CLS ${page.cls} > ${rules.maxCls}`);
    if (rules.maxJsGzipKB !== undefined && page.jsGzipBytes / 1024 > rules.maxJsGzipKB) {
      broken.push(`${page.name}: ${(page.jsGzipBytes / 1024).toFixed(1)} KB gzip JS > ${rules.maxJsGzipKB} KB`);
    }
    broken.push(...pageLimits(page.name, page, rules));
  }
  const doubledDeck = results.doubled?.deck;
  if (doubledDeck) {
    const minScore = budgets.allPages?.minScore;
    if (minScore !== undefined && doubledDeck.performance < minScore)
      broken.push(`deck, content doubled: performance ${doubledDeck.performance} < ${minScore}`);
    broken.push(...pageLimits('deck, content doubled', doubledDeck, budgets.doubled?.deck ?? {}));
  }
  const sim = results.simulator;
  const simRules = budgets.simulator ?? {};
  if (sim?.engineGzipBytes !== undefined && simRules.maxEngineGzipKB !== undefined)
    if (sim.engineGzipBytes / 1024 > simRules.maxEngineGzipKB)
      broken.push(`lab: engine ${(sim.engineGzipBytes / 1024).toFixed(1)} KB gzip > ${simRules.maxEngineGzipKB} KB`);
  // The goal is issue 14's figure, at 4x CPU; a result without that measurement is held to it unthrottled.
  const readyMs = sim?.readyMsThrottledMedian ?? sim?.readyMsMedian;
  const at = sim?.readyMsThrottledMedian !== undefined ? ` at ${sim.cpuThrottle}x CPU` : '';
  if (readyMs !== undefined && simRules.maxReadyMs !== undefined && readyMs > simRules.maxReadyMs)
    broken.push(`lab: terminal takes input after ${readyMs} ms${at} > ${simRules.maxReadyMs} ms`);
  const restoreMs = results.engine?.restore?.mainThreadMs;
  const maxRestore = budgets.engine?.maxRestoreMainThreadMs;
  if (restoreMs !== undefined && maxRestore !== undefined && restoreMs > maxRestore)
    broken.push(`share-link restore (2,000 commands): ${restoreMs} ms main thread > ${maxRestore} ms`);
  const peers = budgets.peers ?? {};
  const starlight = results.peers?.starlight;
  if (starlight && peers.maxBuildRatio !== undefined && starlight.buildRatio > peers.maxBuildRatio)
    broken.push(`build: ×${starlight.buildRatio} the Starlight-only build > ×${peers.maxBuildRatio}`);
  if (starlight && peers.maxRebuildRatio !== undefined && starlight.rebuildRatio > peers.maxRebuildRatio)
    broken.push(
      `rebuild after a one-line edit: ×${starlight.rebuildRatio} the Starlight-only build > ×${peers.maxRebuildRatio}`,
    );
  const marp = results.peers?.marp;
  if (marp && peers.maxPdfRatio !== undefined && marp.ratio > peers.maxPdfRatio)
    broken.push(`PDF export: ×${marp.ratio} Marp's > ×${peers.maxPdfRatio}`);
  return broken;
}
