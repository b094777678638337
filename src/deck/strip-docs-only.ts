/**
 * Removes the docs-only passages (`<div class="docs-only">…</div>`, from `:::docs`) from a page's
 * compiled HTML for the deck. Hiding them with CSS would leave their headings' ids in the one deck
 * document, where several pages' "What is read-only" sections would share an id, and would make
 * the deck's DOM several times larger than what it shows.
 *
 * The HTML comes from our own Markdown compiler, so it is well formed: a scan that counts <div>
 * opening and closing tags finds where each passage ends.
 */
const OPEN = /<div\b[^>]*\bclass="docs-only"[^>]*>/g;
const DIV_TAG = /<(\/?)div\b[^>]*>/g;

export function stripDocsOnly(html: string): string {
  let out = '';
  let from = 0;
  OPEN.lastIndex = 0;
  for (let open = OPEN.exec(html); open; open = OPEN.exec(html)) {
    if (open.index < from) continue; // inside a passage already removed
    out += html.slice(from, open.index);
    DIV_TAG.lastIndex = open.index + open[0].length;
    let depth = 1;
    let end = html.length;
    for (let tag = DIV_TAG.exec(html); tag; tag = DIV_TAG.exec(html)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    if (depth !== 0)
      throw new Error('stripDocsOnly: a docs-only passage is not closed; the compiled HTML is malformed');
    from = end;
    OPEN.lastIndex = end;
  }
  return out + html.slice(from);
}
