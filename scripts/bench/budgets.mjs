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
  }
  const restoreMs = results.engine?.restore?.mainThreadMs;
  const maxRestore = budgets.engine?.maxRestoreMainThreadMs;
  if (restoreMs !== undefined && maxRestore !== undefined && restoreMs > maxRestore)
    broken.push(`share-link restore (2,000 commands): ${restoreMs} ms main thread > ${maxRestore} ms`);
  return broken;
}
