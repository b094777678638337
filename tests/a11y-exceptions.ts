/**
 * The one place where an accessibility finding may be accepted. Each entry names the axe rule,
 * narrows it to pages and elements, and says why it cannot be fixed here. Keep this list short:
 * an entry is a debt, not a setting.
 */
export interface A11yException {
  /** axe rule id, e.g. 'color-contrast'. */
  rule: string;
  /** Site paths (relative to the base) the exception applies to; all pages when absent. */
  pages?: RegExp;
  /** A substring of the axe target selector of the accepted element(s); every element when absent. */
  target?: string;
  /** Why this is accepted, and what would fix it. Required. */
  reason: string;
}

export const A11Y_EXCEPTIONS: A11yException[] = [];
