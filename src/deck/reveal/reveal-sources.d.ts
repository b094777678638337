// reveal.js's own source modules (node_modules/reveal.js/js/), which the deck's build reaches through
// src/deck/reveal/reveal-from-sources.mjs: plain JavaScript without types.
declare module 'reveal.js/js/*' {
  const Controller: new (...args: never[]) => Record<string, (...args: never[]) => unknown>;
  export default Controller;
}
