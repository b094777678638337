import { describe, expect, it } from 'vitest';
import { pdfPlan, skippedMessage } from '../../../scripts/pdf-plan.mjs';

const found = () => '/usr/bin/chromium';
const none = () => undefined;

describe('pdfPlan', () => {
  it('prints the PDFs with the browser it finds', () => {
    expect(pdfPlan({}, found)).toMatchObject({ enabled: true, strict: false, browser: '/usr/bin/chromium' });
  });

  it('skips them without a browser, and the message says how to make them', () => {
    const plan = pdfPlan({}, none);
    expect(plan.enabled).toBe(false);
    const message = skippedMessage(plan);
    expect(message).toContain('PDFs skipped: no Chromium, Chrome or Edge was found');
    expect(message).toContain('/slides/?view=print');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).toContain('PDF_STRICT=1');
  });

  it('fails in strict mode without a browser, naming the way out', () => {
    expect(() => pdfPlan({ PDF_STRICT: '1' }, none)).toThrow(/PDF_STRICT=1: no Chromium.*CHROMIUM_PATH/);
    expect(pdfPlan({ PDF_STRICT: '1' }, found).enabled).toBe(true);
  });

  it('PDF=0 turns the export off, and contradicts strict mode', () => {
    expect(pdfPlan({ PDF: '0' }, found)).toMatchObject({ enabled: false, reason: 'PDF=0 is set' });
    expect(() => pdfPlan({ PDF: '0', PDF_STRICT: '1' }, found)).toThrow(/contradict/);
  });
});
