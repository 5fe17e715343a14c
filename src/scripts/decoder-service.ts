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
  | { type: 'init'; data: DecoderData }
  | { type: 'decode'; id: number; text: string; api: string }
  | { type: 'share'; id: number; text: string; api: string };

export type Response =
  | { type: 'decoded'; id: number; result: DecodeResult; total: number; secrets: string[] }
  | { type: 'share'; id: number; preview: SharePreview }
  | { type: 'failed'; id: number; message: string };

export class DecoderService {
  private data: DecoderData | undefined;
  /** The last decode, reused when the share link is made for the same text. */
  private last: { text: string; api: string; result: DecodeResult } | undefined;

  handle(request: Request): Response | undefined {
    if (request.type === 'init') {
      this.data = request.data;
      return undefined;
    }
    const data = this.data;
    if (!data) return { type: 'failed', id: request.id, message: 'The decoder has no data yet.' };
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
