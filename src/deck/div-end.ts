/**
 * Where a `<div>` of our own compiled HTML ends. The HTML comes from our Markdown compiler and our
 * components, so it is well formed: counting <div> opening and closing tags finds the end.
 */
const DIV_TAG = /<(\/?)div\b[^>]*>/g;

/**
 * For the div whose opening tag ends at `afterOpen`: where its closing `</div>` starts and where it
 * ends; null when the div is never closed.
 */
export function divClose(html: string, afterOpen: number): { start: number; end: number } | null {
  DIV_TAG.lastIndex = afterOpen;
  let depth = 1;
  for (let tag = DIV_TAG.exec(html); tag; tag = DIV_TAG.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return { start: tag.index, end: tag.index + tag[0].length };
  }
  return null;
}
