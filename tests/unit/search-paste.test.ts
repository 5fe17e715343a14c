import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decode } from '../../src/lib/decoder/decode';
import { decoderData } from '../../src/lib/decoder/data';
import { readFragment } from '../../src/lib/decoder/share';
import { decodeLink, looksLikePaste, pastedMessage, pastePreview } from '../../src/lib/search/paste';
import { loadContent } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());
// The header's "Decode this" reads the same view as the decode page (decoder-data.json).
const fromSearch = decoderData(catalog);

describe('looksLikePaste', () => {
  it('recognises responses, log lines, tracebacks and multi-line text', () => {
    for (const t of [
      '{"error":{"code":1002,"errors":[{"code":408,"path":"/music/inbox/tmp1"}]},"success":false}}',
      "{'error': {'code': 403, 'errors': {'token': 'token'}}, 'success': False}",
      `[Sun Feb 25 16:06:23 UTC 2024] response='{"error":{"code":105},"success":false}'`,
      'Unable to update certificate, error code {"error":{"code":5510},"success":false}',
      'Traceback (most recent call last):\n  File "x.py", line 3\nLoginError: No such account or incorrect password',
      '400 Bad Request\nThe plain HTTP request was sent to HTTPS port',
    ]) {
      expect(looksLikePaste(t), t).toBe(true);
    }
  });
  it('leaves what people type to search', () => {
    for (const t of ['408', 'filestation 408', 'No such account or incorrect password', 'SYNO.FileStation.List 408', 'returned error 414 while copying', '{quota}']) {
      expect(looksLikePaste(t), t).toBe(false);
    }
  });
  it('is linear on long input', () => {
    const t = performance.now();
    looksLikePaste('{'.repeat(2_000_000));
    looksLikePaste(' '.repeat(2_000_000));
    // Quadratic work on this input would take minutes; linear takes milliseconds.
    expect(performance.now() - t).toBeLessThan(1500);
  });
});

describe('the preview in the search box', () => {
  it('shows the top finding in one line, with the code page when one family is meant', () => {
    expect(pastePreview(decode(`[Sun Feb 25 16:06:23 UTC 2024] response='{"error":{"code":105},"success":false}'`, fromSearch))).toEqual({
      summary: 'Common 105: The session has no permission for this call',
      top: { namespace: 'common', family: 'Common', code: 105, title: 'The session has no permission for this call' },
      count: 1,
    });
    const multi = pastePreview(decode('{"error":{"code":408},"success":false}', fromSearch));
    expect(multi.top).toBeUndefined();
    expect(multi.summary).toMatch(/^408: depends on the API \(Auth, FileStation/);
    expect(pastePreview(decode('hello', fromSearch)).count).toBe(0);
  });
});

describe('the handoff to the decode page', () => {
  it('uses the decode page\u2019s own share payload, secrets removed', () => {
    const raw = 'GET /webapi/auth.cgi?api=SYNO.API.Auth&passwd=hunter2&_sid=abc123\n{"error":{"code":400},"success":false}';
    const link = decodeLink(raw, fromSearch, decode(raw, fromSearch), '/dsm-errors/');
    expect(link.startsWith('/dsm-errors/decode/#')).toBe(true);
    const opened = readFragment(link.slice(link.indexOf('#')));
    expect(opened && 'input' in opened).toBe(true);
    if (!opened || !('input' in opened)) return;
    expect(opened.input).toContain('400');
    expect(link).not.toContain('hunter2');
    expect(link).not.toContain('abc123');
    expect(decode(opened.input, fromSearch, { api: opened.api }).findings.map((f) => [f.code, f.namespace])).toEqual([[400, 'auth']]);
  });
  it('takes the message from the end of a traceback', () => {
    expect(pastedMessage('Traceback (most recent call last):\n  File "x.py", line 3\nsynology_api.LoginError: No such account or incorrect password\n\n')).toBe('No such account or incorrect password');
    expect(pastedMessage('returned error 414 while copying')).toBe('returned error 414 while copying');
  });
});
