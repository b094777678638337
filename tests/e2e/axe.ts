/**
 * axe-core as every e2e spec runs it: the WCAG 2.2 A and AA rules. Legacy mode runs axe inside the
 * page (axe injected into every frame, which it reaches by its own messages) instead of opening a
 * blank page per analysis to merge the frames' partial results: the same findings, in about half
 * the time on a 2-core machine (measured on coreos/, lab/ and lab/fcos/: equal passes, incomplete
 * and violations).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** An axe run over the page (narrow it with `.include(selector)`), WCAG 2.2 A/AA rules. */
export const axe = (page: Page): AxeBuilder => new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
