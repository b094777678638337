/**
 * Gives each slide its readable id. The compiled HTML names a slide with `data-slide` and keeps the
 * id on its heading (the docs anchor); reveal.js writes the URL hash from the <section>'s own id,
 * so in the deck the id moves from the heading to the section. Ids stay unique in the document.
 */
export function assignSlideIds(root: ParentNode): void {
  for (const section of root.querySelectorAll<HTMLElement>('section[data-slide]')) {
    const id = section.dataset.slide!;
    const heading = section.querySelector(`[id="${CSS.escape(id)}"]`);
    heading?.removeAttribute('id');
    section.id = id;
  }
}
