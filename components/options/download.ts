/** Saving a file from an extension page: a Blob URL on an <a download>, no permission needed. */
import { shanghaiIso } from '@/lib/rules/shanghai';

export type SaveFile = (name: string, text: string, type: string) => void;

export const downloadText: SaveFile = (name, text, type) => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

/** `deadline-sentinel-tickets-20221220-1200.csv`, stamped in Shanghai time like everything else. */
export function fileName(what: string, extension: string, now: number): string {
  const stamp = shanghaiIso(now).slice(0, 16).replaceAll('-', '').replace(':', '').replace('T', '-');
  return `deadline-sentinel-${what}-${stamp}.${extension}`;
}
