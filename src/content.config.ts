import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { talkFields } from './content/talk-schema.ts';

export const collections = {
  docs: defineCollection({
    // The talk lives in top-level content/ (one file per part); files starting with _ are drafts.
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: process.env.CONTENT_DIR || './content' }),
    schema: docsSchema({ extend: talkFields }),
  }),
};
