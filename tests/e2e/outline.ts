/**
 * The talk's parts and slides as the build made them (`slides/outline.json`, written from the
 * one list of slides in src/content/slides.ts), so that specs never keep their own list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './site.ts';
import type { TalkPart } from '../../src/content/slides.ts';

export interface TalkOutline {
  titleSlide: string;
  closingSlide: string;
  parts: TalkPart[];
}

export function talkOutline(root: string = distDir): TalkOutline {
  return JSON.parse(readFileSync(path.join(root, 'slides', 'outline.json'), 'utf8'));
}

/** The talk's parts in deck (and reading) order: `[docs page slug, page title]`. */
export function talkParts(root: string = distDir): [string, string][] {
  return talkOutline(root).parts.map((p) => [p.id, p.title]);
}
