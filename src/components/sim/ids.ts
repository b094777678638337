/** Unique element ids for simulators at build time (a deck page holds several). */
let counter = 0;
export function nextSimId(system: string): string {
  counter += 1;
  return `sim-${system}-${counter}`;
}
