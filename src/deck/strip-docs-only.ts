/**
 * Removes the docs-only passages (`<div class="docs-only">…</div>`, from `:::docs`) from a page's
 * compiled HTML for the deck. Hiding them with CSS would leave their headings' ids in the one deck
 * document, where several pages' "What is read-only" sections would share an id, and would make
 * the deck's DOM several times larger than what it shows.
 */
import { divClose } from './div-end.ts';

const OPEN = /<div\b[^>]*\bclass="docs-only"[^>]*>/g;

export function stripDocsOnly(html: string): string {
  let out = '';
  let from = 0;
  OPEN.lastIndex = 0;
  for (let open = OPEN.exec(html); open; open = OPEN.exec(html)) {
    if (open.index < from) continue; // inside a passage already removed
    out += html.slice(from, open.index);
    const close = divClose(html, open.index + open[0].length);
    if (!close) throw new Error('stripDocsOnly: a docs-only passage is not closed; the compiled HTML is malformed');
    from = close.end;
    OPEN.lastIndex = close.end;
  }
  return out + html.slice(from);
}
