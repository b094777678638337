/**
 * Runs a page compiled by Sätteri (`outputFormat: 'function-body'`) with a JSX runtime that writes
 * markup: an element as its tag, a component given as a string under its own name, so a test sees
 * which view part the slides plugin emitted and with which props.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type MdastPluginList } from 'satteri';
import { slidesPlugin } from '../../../src/markdown/satteri-slides.ts';
import { VIEW_PARTS } from '../../../src/markdown/vocabulary.ts';

/** The docs view's module, as astro.config.mjs gives it to the slides plugin. */
export const DOCS_VIEW = path.resolve('src/components/views/docs-view.ts');
const Fragment = Symbol('Fragment');

const childrenText = (c: unknown): string =>
  Array.isArray(c) ? c.map(childrenText).join('') : c == null || c === false ? '' : String(c);

const attributes = (props: Record<string, unknown>) =>
  Object.entries(props)
    .filter(([name]) => name !== 'children')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${value}"`))
    .join('');

function jsx(type: unknown, props: Record<string, unknown>): string {
  if (type === Fragment) return childrenText(props.children);
  if (typeof type === 'function') return type(props);
  return `<${type}${attributes(props)}>${childrenText(props.children)}</${type}>`;
}

/** The page's markup and the default components its code exports. */
function runCompiledPage(
  code: string,
  imports: Record<string, unknown>,
  components: Record<string, unknown>,
): { html: string; defaults: unknown } {
  // The module's imports arrive through the runtime argument in function-body output.
  const page = new Function(code)({ Fragment, jsx, jsxs: jsx, ...imports });
  return { html: page.default({ components }), defaults: page.components };
}

/** Each view part rendered under its own name, so the markup shows what the slides plugin emitted. */
const partsByName = Object.fromEntries(VIEW_PARTS.map((name) => [name, name]));

export const contentDir = path.resolve('content');

/** A talk page `content/<page>.mdx` through the slides plugin (and `after` it, other plugins), run. */
export async function compileTalkPage(
  source: string,
  { page = 'example', base = '/', after = [] }: { page?: string; base?: string; after?: MdastPluginList } = {},
) {
  const docsDefaults = { ...partsByName };
  const { code } = await mdxToJs(source, {
    fileURL: pathToFileURL(path.join(contentDir, `${page}.mdx`)),
    outputFormat: 'function-body',
    elementAttributeNameCase: 'html',
    features: { directive: true },
    mdastPlugins: [slidesPlugin({ base, contentDir, docsView: DOCS_VIEW }), ...after],
  });
  return { ...runCompiledPage(code, { docsView: docsDefaults }, partsByName), docsDefaults };
}
