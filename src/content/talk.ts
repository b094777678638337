/** Reads the talk's pages in presentation order; shared by the deck, the landing page and tests. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type TalkPage = CollectionEntry<'docs'>;

/** Sidebar order first, then the id, so the deck and the sidebar always agree. */
export function byTalkOrder(a: TalkPage, b: TalkPage): number {
  const oa = a.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.data.sidebar?.order ?? Number.MAX_SAFE_INTEGER;
  return oa - ob || a.id.localeCompare(b.id);
}

export async function deckPages(): Promise<TalkPage[]> {
  const all = await getCollection('docs');
  return all.filter((e) => e.data.deck !== false && !e.data.draft).sort(byTalkOrder);
}

export async function talkMeta() {
  const all = await getCollection('docs');
  const withTalk = all.find((e) => e.data.talk);
  if (!withTalk?.data.talk)
    throw new Error(
      'content/index.mdx: frontmatter field "talk" is required (title, subtitle, speaker, date, duration)',
    );
  return withTalk.data.talk;
}

export function formatTalkDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
