/**
 * The talk's points, read from a fixture copy of the original talk text (tests/fixtures/talk.txt),
 * not from our content, so a point dropped from content/ fails the tests.
 */
import { readFileSync } from 'node:fs';

const text = readFileSync(new URL('../fixtures/talk.txt', import.meta.url), 'utf8');

/** Every bullet of the original slides, in order. */
export const TALK_BULLETS: string[] = text
  .split('\n')
  .filter((line) => /^\s*- /.test(line))
  .map((line) => line.replace(/^\s*- /, '').trim())
  .map((line) => line.replace(/[“”]/g, '"'));

/** Slide headings of the original, in order (each is followed by a bullet list or a screenshot). */
export const TALK_HEADINGS = [
  'Agenda',
  'Speaker',
  'Immutability',
  'Examples',
  'CoreOS',
  'microOS',
  'k3os',
  'NixOS',
  'Conclusion',
];

/** The project taglines the original showed as website screenshots. */
export const TALK_TAGLINES = [
  'Fedora IoT provides a trusted open source platform as a strong foundation for IoT ecosystems.',
  'Fedora CoreOS is an automatically updating, minimal, container-focused operating system.',
  'Fedora Silverblue is an immutable desktop operating system aimed at good support for container-focused workflows.',
  'Certified Kubernetes distribution & container-related technologies built by the openSUSE community',
  'Nix is a tool that takes a unique approach to package management and system configuration.',
];

export const TALK_LINKS = [...text.matchAll(/<(https?:\/\/[^>]+)>/g)].map((m) => m[1]);

/** Normalises typography so a point matches whatever quotes and spaces the page uses. */
export function normalize(s: string): string {
  return s.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}
