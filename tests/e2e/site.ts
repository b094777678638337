/** Facts about the build under test, shared by the e2e specs. */
import { normalizeBase } from '../../src/markdown/paths.ts';

/** Where `npm run build` wrote the site (OUT_DIR, as in astro.config.mjs). */
export const distDir = process.env.OUT_DIR || 'dist';
/** The base path the site was built for (BASE_PATH). */
export const base = normalizeBase(process.env.BASE_PATH);
