export const CONTENT_SCRIPT_BUDGET: number;

export interface BundleSizeCheck {
  /** Gzip bytes per entrypoint (chunks it loads included). */
  sizes: Record<string, number>;
  /** The budget per content script, in gzip bytes. */
  budgets: Record<string, number>;
  /** Gzip bytes of all content scripts together (the budget is theirs together); absent for an unreadable build. */
  total?: number;
  /** One message when the content scripts together are over the budget, or per missing script (or an unreadable build); empty when within. */
  failures: string[];
}

export function checkBundleSize(dir?: string, budget?: number): BundleSizeCheck;
