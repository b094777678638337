import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmbedOptions, RESIZE_MESSAGE } from '../../../../src/components/sim/embed-options.ts';

describe('embed options from the query string', () => {
  it('shows everything in the reader’s theme by default', () => {
    expect(parseEmbedOptions('')).toEqual({ parts: new Set(['timeline', 'fsmap', 'tour']), theme: 'auto', steps: 0 });
  });

  it.each([
    ['?parts=timeline', ['timeline']],
    ['?parts=fsmap,tour', ['fsmap', 'tour']],
    ['?parts=timeline+fsmap', ['timeline', 'fsmap']],
    ['?parts=', []],
    ['?parts=terminal', []],
    ['?parts=timeline,bogus', ['timeline']],
  ])('%s keeps the panes %j beside the terminal', (search, parts) => {
    expect([...parseEmbedOptions(search).parts].sort()).toEqual([...parts].sort());
  });

  it.each([
    ['?theme=dark', 'dark'],
    ['?theme=light', 'light'],
    ['?theme=auto', 'auto'],
    ['?theme=<script>', 'auto'],
  ])('%s gives the %s theme', (search, theme) => {
    expect(parseEmbedOptions(search).theme).toBe(theme);
  });

  it.each([
    ['?steps=3', 3],
    ['?steps=0', 0],
    ['?steps=-2', 0],
    ['?steps=1.5', 0],
    ['?steps=x', 0],
    ['?steps=1e9', 50],
  ])('%s runs %i tour steps on load', (search, steps) => {
    expect(parseEmbedOptions(search).steps).toBe(steps);
  });

  it('the host script listens for the message the embed posts', () => {
    expect(readFileSync('public/embed.js', 'utf8')).toContain(`'${RESIZE_MESSAGE}'`);
  });
});
