/** What a stand-in for a feature left out of the deck's reveal.js says if a slide uses it after all. */
export function notInThisDeck(feature: string): void {
  console.error(`${feature} is left out of the deck's reveal.js (src/deck/reveal/)`);
}
