/**
 * Whether an address is on the seller pages the content script runs on (pages/hosts.ts): the only links an
 * item may carry, since the popup and notifications open them.
 */
import { SELLER_MATCHES } from './pages/hosts';

/** `https://host/path*` match patterns as prefixes of an address's origin and path. */
const PREFIXES = SELLER_MATCHES.map((pattern) => pattern.replace(/\*$/, ''));

export function isSellerUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compared after parsing: `https://qn.taobao.com@evil.example/` or a backslash cannot pass as a seller host.
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  const place = `${parsed.origin}${parsed.pathname}`;
  return PREFIXES.some((prefix) => place.startsWith(prefix));
}
