/**
 * "Decode this" for a paste in the search box. Loaded only when the query looks like a paste
 * (a dynamic import), so the header never downloads the decoder for an ordinary search. It reads
 * the decode page's own data file, so both give the same answer (Synology Photos' note included).
 */
import type { DecoderData } from '../../lib/decoder/data';
import { decode } from '../../lib/decoder/decode';
import { fileUrl } from '../../lib/paths';
import { decodeLink, pastePages, pastePreview, type PastePage, type PastePreview } from '../../lib/search/paste';
import type { SearchData } from '../../lib/search/query';
import { DECODER_DATA_VERSION } from '../../lib/view-versions';

let dataPromise: Promise<DecoderData> | undefined;

function loadDecoderData(base: string): Promise<DecoderData> {
  dataPromise ??= fetch(fileUrl(base, 'decoder-data.json')).then(async (r) => {
    if (!r.ok) throw new Error(`The decoder's data could not be downloaded (HTTP ${r.status}).`);
    const data = (await r.json()) as DecoderData;
    if (data.version !== DECODER_DATA_VERSION) throw new Error(`The decoder's data is version ${String(data.version)}; this page reads version ${DECODER_DATA_VERSION}. Reload the page.`);
    return data;
  });
  // A failed download is tried again on the next paste.
  dataPromise.catch(() => {
    dataPromise = undefined;
  });
  return dataPromise;
}

export interface PasteAnswer {
  preview: PastePreview;
  /** The decode page with the paste in its fragment, secrets removed. */
  decodeUrl: string;
  /** The pages of the codes it holds (see lib/search/paste.ts, `pastePages`). */
  pages: PastePage[];
}

export async function previewPaste(raw: string, search: SearchData, base: string): Promise<PasteAnswer> {
  const data = await loadDecoderData(base);
  const decoded = decode(raw, data);
  const preview = pastePreview(decoded);
  return { preview, decodeUrl: decodeLink(raw, data, decoded, base), pages: pastePages(decoded, search) };
}
