/**
 * The isolated end of the tap's channel, opened by the seller content script at document_start. The secret comes
 * from the tap by a handshake accepted only while the document holds no <script> element: before any page
 * script exists to listen or to answer. This world's DOM prototypes are its own, so a page script cannot
 * make that check lie. Copies then come as events named by the secret; the first key wins, later ones are ignored.
 */
/** The longest copy taken (code units): a 5 MB answer is refused whole, never parsed. The tap sends none longer. */
export const MAX_COPY_CHARS = 2_000_000;

export const TAP_EVENT = 'deadline-sentinel-tap';
export const BRIDGE_EVENT = 'deadline-sentinel-bridge';
const SECRET = /^ds-[0-9a-z]{16,60}$/;

/** Copies kept until the content script is ready for them (it reads the page once its knowledge is here). */
export interface TapInbox {
  copies: string[];
  /** Copies refused before parsing (over the bound, not text): counted in the page's health. */
  refused: number;
  /** Set once the content script is ready: copies then go straight to it. */
  deliver?: (copy: string) => void;
}

const MAX_WAITING = 30;

export function openTapChannel(doc: Document): TapInbox {
  const inbox: TapInbox = { copies: [], refused: 0 };
  const scripts = doc.getElementsByTagName('script');
  if (scripts.length > 0) return inbox; // too late: a page script could have taken the key's place
  let secret = '';
  const onCopy = (event: Event) => {
    const copy: unknown = (event as CustomEvent).detail;
    if (typeof copy !== 'string' || copy.length > MAX_COPY_CHARS) inbox.refused++;
    else if (inbox.deliver) inbox.deliver(copy);
    else if (inbox.copies.push(copy) > MAX_WAITING) inbox.copies.shift();
  };
  const onKey = (event: Event) => {
    const key: unknown = (event as CustomEvent).detail;
    if (secret || scripts.length > 0 || typeof key !== 'string' || !SECRET.test(key)) return;
    secret = key;
    doc.removeEventListener(TAP_EVENT, onKey);
    doc.addEventListener(secret, onCopy);
  };
  doc.addEventListener(TAP_EVENT, onKey);
  // The tap may have run first: ask it to offer again (it answers once, and only while no page script exists).
  doc.dispatchEvent(new CustomEvent(BRIDGE_EVENT));
  return inbox;
}
