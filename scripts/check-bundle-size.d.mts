export const CONTENT_SCRIPT_BUDGET: number;

export interface BundleSizeCheck {
  /** Gzip bytes per entrypoint (chunks it loads included). */
  sizes: Record<string, number>;
  /** The budget per content script, in gzip bytes. */
  budgets: Record<string, number>;
  /** One message per content script over its budget (or an unreadable build); empty when within. */
  failures: string[];
}

export function checkBundleSize(dir?: string, budget?: number): BundleSizeCheck;
