import { z } from 'astro/zod';

/** Fields a talk page adds to Starlight's frontmatter; validated at build time. */
export const talkFields = z.object({
  /** false keeps the page out of the deck (the landing page, reference pages). */
  deck: z.boolean().default(true),
  /** Talk metadata, on the landing page only: drives the title slide and the speaker view. */
  talk: z
    .object({
      title: z.string().min(1),
      subtitle: z.string().min(1),
      speaker: z.string().min(1),
      date: z.coerce.date(),
      event: z.string().optional(),
      /** Planned length in minutes, for pacing in the speaker view. */
      duration: z.number().int().positive().max(600),
    })
    .strict()
    .optional(),
});
