/**
 * Slide ids become URL hashes in one deck, so they must be unique across all pages. Within a page
 * the heading slugger already keeps them apart; across pages two parts may both have, say, a
 * "Try it" slide. The build stops and names both files rather than letting one slide shadow the other.
 */
export function assertUniqueSlideIds(pages: { file: string; slideIds: string[] }[], reserved: string[] = []): void {
  const owner = new Map<string, string>(reserved.map((id) => [id, 'the generated title slide']));
  for (const { file, slideIds } of pages) {
    for (const id of slideIds) {
      const first = owner.get(id);
      if (first) {
        throw new Error(
          `${file}: the slide "${id}" has the same id as a slide in ${first}; rename one of the headings (slide ids are unique across the deck)`,
        );
      }
      owner.set(id, file);
    }
  }
}
