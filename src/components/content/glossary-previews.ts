/**
 * The hover/focus preview of glossary links (see GlossaryPreviews.astro): one tooltip element,
 * filled with the definition of the link that has the pointer or the focus.
 */
export function mountGlossaryPreviews(doc: Document): void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a.glossary-link[data-glossary]')];
  if (!links.length) return;
  const tip = doc.createElement('div');
  tip.className = 'glossary-preview';
  tip.id = 'glossary-preview';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  doc.body.append(tip);
  let current: HTMLAnchorElement | null = null;
  let hideTimer: number | undefined;

  const show = (link: HTMLAnchorElement) => {
    const definition = doc.getElementById(`glossary-def-${link.dataset.glossary}`);
    if (!definition) return;
    window.clearTimeout(hideTimer);
    current = link;
    tip.textContent = definition.textContent;
    tip.hidden = false;
    const r = link.getBoundingClientRect();
    const width = Math.min(352, doc.documentElement.clientWidth - 16);
    tip.style.width = `${width}px`;
    tip.style.left = `${Math.max(8, Math.min(r.left, doc.documentElement.clientWidth - width - 8)) + window.scrollX}px`;
    tip.style.top = `${r.bottom + 6 + window.scrollY}px`;
  };
  const hide = () => {
    tip.hidden = true;
    current = null;
  };
  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 200);
  };

  for (const link of links) {
    const definitionId = `glossary-def-${link.dataset.glossary}`;
    if (doc.getElementById(definitionId)) link.setAttribute('aria-describedby', definitionId);
    link.addEventListener('mouseenter', () => show(link));
    link.addEventListener('focus', () => show(link));
    link.addEventListener('mouseleave', hideSoon);
    link.addEventListener('blur', hide);
  }
  tip.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  tip.addEventListener('mouseleave', hideSoon);
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current) hide();
  });
}
