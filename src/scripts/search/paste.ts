/**
 * "Decode this" for a paste in the search box. Loaded only when the query looks like a paste
 * (a dynamic import), so the header never downloads the decoder for an ordinary search.
 */
import type { DecoderData } from '../../lib/decoder/data';
import { decode } from '../../lib/decoder/decode';
import { decodeLink, decoderDataFromSearch, pastePages, pastePreview, type PastePage, type PastePreview } from '../../lib/search/paste';
import type { SearchData } from '../../lib/search/query';

let cache: { from: SearchData; data: DecoderData } | undefined;

export interface PasteAnswer {
  preview: PastePreview;
  /** The decode page with the paste in its fragment, secrets removed. */
  decodeUrl: string;
  /** The pages of the codes it holds (see lib/search/paste.ts, `pastePages`). */
  pages: PastePage[];
}

export function previewPaste(raw: string, data: SearchData, base: string): PasteAnswer {
  if (cache?.from !== data) cache = { from: data, data: decoderDataFromSearch(data) };
  const decoded = decode(raw, cache.data);
  const preview = pastePreview(decoded);
  return { preview, decodeUrl: decodeLink(raw, cache.data, decoded, base), pages: pastePages(decoded, data) };
}
