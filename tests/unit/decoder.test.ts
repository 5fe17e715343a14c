import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData } from '../../src/lib/decoder/data';
import { decode, type DecodeResult } from '../../src/lib/decoder/decode';
import { examples } from '../../src/lib/decoder/examples';
import { formatText } from '../../src/lib/decoder/format';
import { findSecrets, redactSecrets } from '../../src/lib/decoder/redact';
import { loadContent } from '../../src/node/content-files';

const data = decoderData(buildCatalog(loadContent()));
const run = (text: string, api?: string) => decode(text, data, { api });
const codes = (r: DecodeResult) => r.findings.map((f) => [f.code, f.namespace]);

describe('the JSON envelope', () => {
  it('compact, with the API given', () => {
    const r = run('{"success":false,"error":{"code":408}}', 'SYNO.FileStation.List');
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 408, namespace: 'filestation', title: 'No such file or directory', place: { line: 1, column: 1, pointer: '/error/code', block: 0 }, candidates: [] }),
    ]);
    expect(r.api).toBe('SYNO.FileStation.List');
    expect(r.diagnosis).toBeNull();
  });
  it('pretty-printed, keys in any order', () => {
    const r = run('{\n  "error": {\n    "code": 400\n  },\n  "success": false\n}', 'SYNO.API.Auth');
    expect(codes(r)).toEqual([[400, 'auth']]);
  });
  it('the old form with a bare number', () => {
    const r = run('{"success":false,"error":101}');
    expect(r.findings[0]).toMatchObject({ code: 101, namespace: 'common', place: { line: 1, column: 1, pointer: '/error' } });
  });
  it('a success with no error', () => {
    const r = run('{"success":true,"data":{"files":[{"path":"/video/a.mkv","name":"a.mkv"}]}}');
    expect(r.findings).toEqual([]);
    expect(r.successes).toBe(1);
    expect(r.diagnosis).toBeNull();
  });
});

describe('Python printouts', () => {
  it('single quotes, True/False/None and u-strings', () => {
    const r = run("{'success': False, 'data': None, 'error': {'code': 408, 'errors': [{'code': 418, 'path': u'/video/b?d'}]}}", 'SYNO.FileStation.Rename');
    expect(r.recognised).toContain('Python printout');
    expect(codes(r)).toEqual([[408, 'filestation'], [418, 'filestation']]);
    expect(r.findings[1]?.detail).toEqual({ path: '/video/b?d' });
  });
  it('an inner dict that was turned into a string', () => {
    const r = run(`{'message': 'request failed', 'body': '{"success": false, "error": {"code": 105}}'}`);
    expect(codes(r)).toEqual([[105, 'common']]);
    expect(r.recognised).toContain('JSON inside a string');
  });
});

describe('JSON inside other text', () => {
  it('a log line with words before and after', () => {
    const r = run('2026-11-20T03:00:12Z [ERROR] sync: {"success":false,"error":{"code":106}} retrying in 5s');
    expect(codes(r)).toEqual([[106, 'common']]);
    expect(r.recognised).toContain('text around the JSON');
  });
  it('a shell variable assignment', () => {
    expect(codes(run(`RESP='{"success":false,"error":{"code":119}}'`))).toEqual([[119, 'common']]);
  });
  it('an HTTP response with status line and headers, also with the line breaks lost', () => {
    const full = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nSet-Cookie: id=abc\r\n\r\n{"success":false,"error":{"code":402}}';
    const r = run(`GET /webapi/DownloadStation/task.cgi?api=SYNO.DownloadStation.Task&method=create\n${full}`);
    expect(codes(r)).toEqual([[402, 'downloadstation']]);
    expect(r.recognised).toContain('HTTP response');
    const flat = run(full.replace(/\r\n/g, ' '), 'SYNO.DownloadStation.Task');
    expect(codes(flat)).toEqual([[402, 'downloadstation']]);
  });
  it("an application's own JSON that wraps the DSM response", () => {
    const r = run('{"job":"nightly","nas":{"response":{"success":false,"error":{"code":416}}},"api":"SYNO.FileStation.Upload"}');
    expect(r.findings[0]).toMatchObject({ code: 416, namespace: 'filestation', place: { line: 1, column: 1, pointer: '/nas/response/error/code' } });
  });
});

describe('error.errors in each shape', () => {
  it('an array of {code, path}: outer operation code, inner file-operation codes', () => {
    const r = run(examples.find((e) => e.id === 'delete')?.text ?? '');
    expect(codes(r)).toEqual([[900, 'filestation'], [408, 'filestation'], [407, 'filestation']]);
    expect(r.findings[1]).toMatchObject({ detail: { path: '/video/old.mkv' }, place: { line: 2, column: 1, pointer: '/error/errors/0/code' } });
    expect(r.findings[1]?.note).toMatch(/^Part of error 900/);
  });
  it('{name, reason} for a bad parameter', () => {
    const r = run('{"success":false,"error":{"code":120,"errors":{"name":"path","reason":"type"}}}');
    expect(r.findings[0]?.detail).toEqual({ name: 'path', reason: 'type' });
  });
  it('{token, types} for a 2-step login: the token is not repeated', () => {
    const r = run('{"success":false,"error":{"code":403,"errors":{"token":"secret-token","types":[{"type":"otp"}]}}}', 'SYNO.API.Auth');
    expect(r.findings[0]).toMatchObject({ code: 403, namespace: 'auth', title: 'Two-factor code required' });
    expect(JSON.stringify(r)).not.toContain('secret-token');
  });
  it('{err_line, err_msg} and a plain string', () => {
    expect(run('{"success":false,"error":{"code":101,"errors":{"err_line":3,"err_msg":"bad"}}}').findings[0]?.detail).toEqual({ err_line: 3, err_msg: 'bad' });
    expect(run('{"success":false,"error":{"code":101,"errors":"missing api"}}').findings[0]?.detail).toEqual({ errors: 'missing api' });
  });
});

describe('errors under "success": true', () => {
  it('a task status FAIL with data.errors', () => {
    const r = run('{"success":true,"data":{"status":"FAIL","errors":[{"code":1002,"path":"/backup/x"}]}}', 'SYNO.FileStation.CopyMove');
    expect(codes(r)).toEqual([[1002, 'filestation']]);
    expect(r.findings[0]?.note).toMatch(/FAIL/);
  });
  it('list results whose items are {code, path}', () => {
    const r = run('{"success":true,"data":{"files":[{"code":408,"path":"/video/gone"},{"path":"/video/ok","name":"ok"}]}}', 'SYNO.FileStation.List');
    expect(codes(r)).toEqual([[408, 'filestation']]);
  });
});

describe('compound requests and wrapped errors', () => {
  it('each SYNO.Entry.Request result names its own API', () => {
    const r = run('{"success":true,"data":{"has_fail":true,"result":[{"api":"SYNO.API.Auth","method":"login","success":false,"error":{"code":400}},{"api":"SYNO.DownloadStation.Task","success":false,"error":{"code":400}},{"api":"SYNO.Core.System","success":true,"data":{}}]}}');
    expect(codes(r)).toEqual([[400, 'auth'], [400, 'downloadstation']]);
    expect(r.recognised).toContain('compound request (SYNO.Entry.Request)');
  });
  it("a client library's wrapped error", () => {
    const r = run("SynologyAPIError: {'api': 'SYNO.FileStation.Upload', 'code': 1805, 'reason': 'overwrite', 'details': None}");
    expect(r.findings[0]).toMatchObject({ code: 1805, namespace: 'filestation', api: 'SYNO.FileStation.Upload', detail: { reason: 'overwrite', details: null } });
  });
});

describe('broken JSON: what can be read, and where it broke', () => {
  it('a cut-off end', () => {
    const r = run('{"success":false,"error":{"code":119,"errors":[');
    expect(codes(r)).toEqual([[119, 'common']]);
    expect(r.diagnosis).toMatch(/^The JSON is cut off: the text ends at line 1, column 47/);
  });
  it('a stray closing brace', () => {
    const r = run('{"success":false,"error":{"code":119}}}');
    expect(codes(r)).toEqual([[119, 'common']]);
    expect(r.diagnosis).toBe('An extra \u201c}\u201d at line 1, column 39 after the JSON was ignored.');
  });
  it('a cut-off response beside a connection error reports both', () => {
    const r = run('curl: (7) Failed to connect to nas.local port 5001: Connection refused\n{"success":false,"error":{"code":');
    expect(r.findings).toEqual([]);
    expect(r.diagnosis).toMatch(/^The request never reached DSM: .* The JSON is cut off: the text ends at line 2, column 33/);
  });
  it('a missing comma', () => {
    const r = run('{"success":false "error":{"code":105}}');
    expect(codes(r)).toEqual([[105, 'common']]);
    expect(r.diagnosis).toMatch(/^The JSON is malformed at line 1, column 18/);
  });
});

describe('text that is not a DSM response', () => {
  it.each([
    ['<!DOCTYPE html><html><body>Error 408 page</body></html>', /^This is an HTML page/],
    ['<html>\n<head><title>400 The plain HTTP request was sent to HTTPS port</title></head></html>', /^This is an HTML page/],
    ['400 Bad Request: The plain HTTP request was sent to HTTPS port', /plain http:\/\/ request reached its HTTPS port/],
    ['502 Bad Gateway\nnginx', /proxy or the NAS.s web server/],
    ['curl: (7) Failed to connect to nas.local port 5001: Connection refused', /never reached DSM/],
    ['Traceback: exit status 408 after 119 retries', /^No DSM API response found/],
    ['{"version": 2, "count": 408}', /^JSON was found, but it is not a DSM API response/],
  ])('%j', (text, diagnosis) => {
    const r = run(text);
    expect(r.findings).toEqual([]);
    expect(r.diagnosis).toMatch(diagnosis);
  });
});

describe('where the family comes from', () => {
  it('an explicit API name wins over the text', () => {
    expect(codes(run('api=SYNO.API.Auth {"success":false,"error":{"code":408}}', 'SYNO.FileStation.List'))).toEqual([[408, 'filestation']]);
  });
  it('an api= parameter, URL-encoded or JSON-quoted', () => {
    expect(codes(run('url=https://nas:5001/webapi/entry.cgi?api%3DSYNO.API.Auth%26method%3Dlogin {"success":false,"error":{"code":408}}'))).toEqual([[408, 'auth']]);
    expect(codes(run('{"request":"{\\"api\\":\\"SYNO.DownloadStation2.Task\\"}","response":{"success":false,"error":{"code":408}}}'))).toEqual([[408, 'downloadstation']]);
  });
  it('a CGI path', () => {
    expect(codes(run('POST /webapi/auth.cgi {"success":false,"error":{"code":408}}'))).toEqual([[408, 'auth']]);
    expect(codes(run('GET /webapi/FileStation/file_share.cgi {"success":false,"error":{"code":408}}'))).toEqual([[408, 'filestation']]);
    expect(codes(run('{"success":false,"error":{"code":408}}', 'DownloadStation/task.cgi'))).toEqual([[408, 'downloadstation']]);
  });
  it('unknown: below 400 is common, above lists every family that defines it', () => {
    const r = run('{"success":false,"error":{"code":106}}{"success":false,"error":{"code":403}}');
    expect(codes(r)).toEqual([[106, 'common'], [403, null]]);
    expect(r.findings[1]?.candidates).toEqual(['auth', 'filestation', 'downloadstation', 'downloadstation-btsearch', 'surveillancestation', 'virtualization', 'calendar', 'core']);
    expect(r.findings[1]?.meanings.map((m) => m.title).slice(0, 4)).toEqual(['Two-factor code required', 'Invalid user for this file operation', 'Destination does not exist', 'Failed to get category']);
  });
  it('an API no family covers is said so, and its code is not forced into another family', () => {
    const r = run('{"success":false,"error":{"code":400}}', 'SYNO.Backup.Task');
    expect(r.findings[0]).toMatchObject({ code: 400, namespace: null, title: null });
    expect(r.findings[0]?.note).toMatch(/^No public table documents Hyper Backup \(SYNO\.Backup\.\*/);
    // Synology Photos is a family now: its own codes are its pages; a number it does not list is not read as another family's.
    expect(codes(run('{"success":false,"error":{"code":620}}', 'SYNO.Foto.Upload.Item'))).toEqual([[620, 'synology-photos']]);
    expect(run('{"success":false,"error":{"code":400}}', 'SYNO.Foto.Browse.Item').findings[0]).toMatchObject({ code: 400, namespace: 'synology-photos', title: null });
    expect(run('{"success":false,"error":{"code":1002}}', 'SYNO.SynologyDrive.Files').findings[0]).toMatchObject({ code: 1002, namespace: null, title: null });
    // Below 400 it is a code every API shares, whatever the API.
    expect(codes(run('GET /webapi/entry.cgi?api=SYNO.Foto.Thumbnail\n{"error":{"code":119},"success":false}'))).toEqual([[119, 'common']]);
    // An API that is neither covered nor listed as uncovered still says so.
    expect(run('{"success":false,"error":{"code":400}}', 'SYNO.NoteStation.Note').findings[0]?.note).toMatch(/^No family in this reference covers SYNO.NoteStation.Note/);
  });
  it("Photo Station's .php paths name its family, as .cgi paths name theirs", () => {
    expect(codes(run('POST /photo/webapi/album.php HTTP/1.1\n{"success":false,"error":{"code":417}}'))).toEqual([[417, 'photostation']]);
    // A .php path no family uses names nothing.
    expect(codes(run('POST /index.php\n{"success":false,"error":{"code":417}}'))[0]?.[1]).not.toBe('photostation');
  });
  it('a code no source documents is reported as undocumented, not dropped', () => {
    const fs = run('{"success":false,"error":{"code":1005}}', 'SYNO.FileStation.CopyMove');
    expect(fs.findings[0]).toMatchObject({ code: 1005, namespace: 'filestation', title: null, meanings: [] });
    expect(fs.findings[0]?.note).toBe('Undocumented: no public table documents 1005 for FileStation.');
    const any = run('{"success":false,"error":{"code":7777}}');
    expect(any.findings[0]).toMatchObject({ code: 7777, namespace: null, candidates: [] });
  });
});

describe('the families beyond the first four', () => {
  it('BTSearch gets its own meaning, not the task API\u2019s', () => {
    expect(run('{"success":false,"error":{"code":400}}', 'SYNO.DownloadStation2.BTSearch').findings[0]).toMatchObject({ namespace: 'downloadstation-btsearch', title: 'Unknown error' });
    expect(run('{"success":false,"error":{"code":400}}', 'SYNO.DownloadStation.Task').findings[0]).toMatchObject({ namespace: 'downloadstation', title: 'File upload failed' });
  });
  it('a family that words a low code its own way wins over common', () => {
    expect(run('{"success":false,"error":{"code":101}}', 'SYNO.Chat.External').findings[0]).toMatchObject({ namespace: 'chat', title: 'Payload is empty' });
    expect(run('{"success":false,"error":{"code":101}}', 'SYNO.API.Auth').findings[0]).toMatchObject({ namespace: 'common' });
    expect(run('{"success":false,"error":{"code":117}}', 'SYNO.Cal.Event').findings[0]).toMatchObject({ namespace: 'calendar', title: 'Unknown internal error' });
    // 160 is a common code (the Calendar guide lists it for all WebAPIs), so Calendar falls back to it.
    expect(run('{"success":false,"error":{"code":160}}', 'SYNO.Cal.Event').findings[0]).toMatchObject({ namespace: 'common', title: 'Insufficient application privilege' });
  });
  it('Surveillance Station, Virtualization and eight-digit iSCSI codes', () => {
    expect(run('{"success":false,"error":{"code":413}}', 'SYNO.SurveillanceStation.License').findings[0]).toMatchObject({ namespace: 'surveillancestation', title: 'Platform maximum reached' });
    expect(run('{"success":false,"error":{"code":903}}', 'SYNO.Virtualization.Guest.Action').findings[0]).toMatchObject({ namespace: 'virtualization', title: 'Power-on failed: not enough memory' });
    expect(run('{"success":false,"error":{"code":18990531}}', 'SYNO.Core.ISCSI.LUN').findings[0]).toMatchObject({ namespace: 'core-iscsi', title: 'No such LUN' });
  });
  it('a code in a reserved range says so', () => {
    expect(run('{"success":false,"error":{"code":130}}').findings[0]).toMatchObject({ namespace: 'common', title: null, note: expect.stringMatching(/^Reserved: The DSM Login guide reserves 120-149/) });
  });
});

describe('secrets', () => {
  const paste = 'GET /webapi/auth.cgi?api=SYNO.API.Auth&account=bob&passwd=hunter2&otp_code=123456&_sid=S1 HTTP/1.1\nCookie: id=abc; did=zz\n{"data":{"sid":"abc123","did":"xyz","synotoken":"T"},"device_id":"D","token":"K","success":true}';
  it('finds each kind', () => {
    expect(findSecrets(paste).sort()).toEqual(['_sid', 'cookie', 'device_id', 'did', 'otp_code', 'passwd', 'sid', 'synotoken', 'token'].sort());
  });
  it('removes every value and keeps the rest', () => {
    const clean = redactSecrets(paste);
    for (const secret of ['hunter2', '123456', 'S1 ', 'abc123', 'xyz', '"T"', '"D"', '"K"', 'id=abc']) expect(clean).not.toContain(secret);
    expect(clean).toContain('account=bob');
    expect(clean).toContain('api=SYNO.API.Auth');
    expect(findSecrets(clean)).toEqual([]);
  });
  it('leaves text without secrets alone', () => {
    const text = '{"success":false,"error":{"code":408}}';
    expect(redactSecrets(text)).toBe(text);
    expect(findSecrets(text)).toEqual([]);
  });
});

describe('the examples', () => {
  it.each(examples.map((e) => [e.id, e] as const))('%s decodes to something useful', (_id, e) => {
    const r = run(e.text, e.api);
    expect(r.findings.length > 0 || r.diagnosis !== null).toBe(true);
  });
});

describe('text output for the command line', () => {
  it('names family, code, meaning, place and action', () => {
    const out = formatText(run('{"success":false,"error":{"code":408}}', 'SYNO.FileStation.List'));
    expect(out).toContain('408  FileStation 408: No such file or directory');
    expect(out).toContain('at line 1, column 1, /error/code');
    expect(out).toMatch(/What to do: List the parent folder/);
  });
});

describe('properties', () => {
  const arbitraryPaste = fc.oneof(
    fc.string(),
    fc.json(),
    fc.jsonValue().map((v) => `log: ${JSON.stringify({ success: false, error: v })} end`),
    fc.record({ code: fc.integer({ min: -5, max: 100_000 }), success: fc.boolean() }).map((o) => JSON.stringify({ success: o.success, error: { code: o.code } })),
    fc.string().map((s) => `{'success': False, 'error': {'code': ${s}`),
  );
  it('never throws, whatever the input', () => {
    fc.assert(fc.property(arbitraryPaste, fc.option(fc.string()), (text, api) => {
      run(text, api ?? undefined);
    }), { numRuns: 400 });
  });
  it('is deterministic', () => {
    fc.assert(fc.property(arbitraryPaste, (text) => {
      expect(run(text)).toEqual(run(text));
    }), { numRuns: 200 });
  });
  it('never reports a code that is not in the input', () => {
    fc.assert(fc.property(arbitraryPaste, (text) => {
      for (const f of run(text).findings) expect(text).toContain(String(f.code));
    }), { numRuns: 400 });
  });
  it('stays fast on a 1 MB paste', () => {
    const line = '2026-11-20 INFO {"success":false,"error":{"code":119}} and some more words [tag] {not json}\n';
    const big = line.repeat(Math.ceil(1_000_000 / line.length));
    const r = run(big);
    expect(r.findings.length).toBe(1000);
    expect(r.diagnosis).toBe('Only the first 1000 JSON blocks were read; the rest of the text was not.');
  });
});
