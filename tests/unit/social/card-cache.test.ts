import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderCard, type CardText } from '../../../src/social/card.ts';
import { cachedCard, cardKey, rendererFingerprint } from '../../../src/social/card-cache.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
const text: CardText = { title: 'Fedora CoreOS', kicker: 'THE TALK, AS DOCS', footer: 'Immutable Linux' };

let cacheDir: string;
let drawn: string[];
/** The real renderer, counting what it draws. */
const draw = async (card: CardText) => {
  drawn.push(card.title);
  return renderCard(card);
};

beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'card-cache-'));
  drawn = [];
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('social cards through the build cache', { timeout: 120_000 }, () => {
  it('draws a card once; the second build with the same text reuses the same PNG', async () => {
    const first = await cachedCard(text, { cacheDir, draw });
    expect([...first.slice(0, 4)]).toEqual(PNG_SIGNATURE);
    expect(readdirSync(path.join(cacheDir, 'og'))).toHaveLength(1);
    const second = await cachedCard(text, { cacheDir, draw });
    expect(drawn).toEqual(['Fedora CoreOS']);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('a changed title, kicker or footer draws a new card', async () => {
    await cachedCard(text, { cacheDir, draw });
    const renamed = await cachedCard({ ...text, title: 'Fedora CoreOS, updated' }, { cacheDir, draw });
    await cachedCard({ ...text, kicker: 'LAB' }, { cacheDir, draw });
    await cachedCard({ ...text, footer: 'Another footer' }, { cacheDir, draw });
    expect(drawn).toHaveLength(4);
    expect(readdirSync(path.join(cacheDir, 'og'))).toHaveLength(4);
    const original = await cachedCard(text, { cacheDir, draw });
    expect(drawn).toHaveLength(4);
    expect(Buffer.from(renamed).equals(Buffer.from(original))).toBe(false);
  });

  it('the key covers the renderer: another renderer fingerprint is another key', () => {
    expect(rendererFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(cardKey(text)).toBe(cardKey(text, rendererFingerprint()));
    expect(cardKey(text, 'a different card.ts or font')).not.toBe(cardKey(text));
  });
});
