import { deckPublicBase, publicUrl } from './public-url.ts';

/**
 * Puts each slide's "Read in the docs" address into its speaker notes, so the speaker view shows
 * where the audience can read on, at the site's public address. Slides without notes get notes that hold only the link.
 */
export function addDocsLinksToNotes(root: HTMLElement): void {
  const { siteBase, publicBase } = deckPublicBase(root);
  for (const section of root.querySelectorAll<HTMLElement>('.slides > section')) {
    const href = section.dataset.docsHref ?? section.querySelector<HTMLAnchorElement>('.slide-links .docs-link')?.href;
    if (!href) continue;
    let notes = section.querySelector<HTMLElement>(':scope > aside.notes');
    if (!notes) {
      notes = document.createElement('aside');
      notes.className = 'notes';
      section.append(notes);
    }
    const p = document.createElement('p');
    p.className = 'notes-docs-link';
    const a = document.createElement('a');
    // The public address (SITE_URL): what the speaker can read out, what the handout prints.
    a.href = publicUrl(href, location.href, siteBase, publicBase);
    a.textContent = `Docs: ${a.href}`;
    p.append(a);
    notes.append(p);
  }
}
