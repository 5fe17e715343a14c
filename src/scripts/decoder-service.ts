/**
 * What the decode page asks of its decoder, and the answers. The same service runs in a module
 * Worker (decoder-worker.ts), so a long paste never blocks typing, and on the page itself when a
 * Worker cannot start. No DOM here.
 */
import type { DecoderData } from '../lib/decoder/data';
import { decode, type DecodeResult } from '../lib/decoder/decode';
import { findSecrets } from '../lib/decoder/redact';
import { apiFieldName, buildShare, type SharePreview } from '../lib/decoder/share';

/** At most this many findings cross to the page; the count says how many there were. */
export const MAX_SENT_FINDINGS = 5000;

export type Request =
  /** Where the decoder's data is (decoder-data.json): it loads once, before the first answer. */
  | { type: 'init'; url: string }
  | { type: 'decode'; id: number; text: string; api: string }
  | { type: 'share'; id: number; text: string; api: string };

export type Response =
  | { type: 'decoded'; id: number; result: DecodeResult; total: number; secrets: string[] }
  | { type: 'share'; id: number; preview: SharePreview }
  /** `data`: the data file did not load (the next request tries again); else the run itself failed. */
  | { type: 'failed'; id: number; message: string; cause?: 'data' };

/** The decoder's data file, fetched from this site (no pasted text goes with it). */
export async function loadDecoderData(url: string): Promise<DecoderData> {
  let response: globalThis.Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error('its data could not be downloaded; are you offline?');
  }
  if (!response.ok) throw new Error(`its data could not be downloaded (HTTP ${response.status})`);
  try {
    return (await response.json()) as DecoderData;
  } catch {
    throw new Error('its data arrived damaged');
  }
}

export class DecoderService {
  private url: string | undefined;
  private data: Promise<DecoderData> | undefined;
  /** The last decode, reused when the share link is made for the same text. */
  private last: { text: string; api: string; result: DecodeResult } | undefined;

  constructor(private readonly load: (url: string) => Promise<DecoderData> = loadDecoderData) {}

  /** Answers in the order asked: every request waits for the same data, then runs at once. */
  async handle(request: Request): Promise<Response | undefined> {
    if (request.type === 'init') {
      this.url = request.url;
      this.data ??= this.load(request.url);
      // Reported with the first request that needs it.
      this.data.catch(() => undefined);
      return undefined;
    }
    if (this.url === undefined) return { type: 'failed', id: request.id, message: 'it was not told where its data is', cause: 'data' };
    this.data ??= this.load(this.url);
    let data: DecoderData;
    try {
      data = await this.data;
    } catch (e) {
      this.data = undefined;
      return { type: 'failed', id: request.id, message: e instanceof Error ? e.message : String(e), cause: 'data' };
    }
    try {
      // The API name in the field, when it holds one among other words; else the field as typed.
      const api = apiFieldName(request.api) || request.api;
      const result = this.last && this.last.text === request.text && this.last.api === request.api ? this.last.result : decode(request.text, data, { api });
      this.last = { text: request.text, api: request.api, result };
      if (request.type === 'share') return { type: 'share', id: request.id, preview: buildShare(request.text, request.api, data, result) };
      const sent = result.findings.length > MAX_SENT_FINDINGS ? { ...result, findings: result.findings.slice(0, MAX_SENT_FINDINGS) } : result;
      return { type: 'decoded', id: request.id, result: sent, total: result.findings.length, secrets: findSecrets(request.text) };
    } catch (e) {
      return { type: 'failed', id: request.id, message: e instanceof Error ? e.message : String(e) };
    }
  }
}
