/**
 * The forms people paste (codes in a message's words, escaped JSON, Python 2 strings, cut-off
 * bodies, fragments, envelope-less error objects, several calls in one paste), where each code's
 * family comes from, and one test per class of number that is never a DSM code.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData } from '../../src/lib/decoder/data';
import { decode, type DecodeResult } from '../../src/lib/decoder/decode';
import { loadContent } from '../../src/node/content-files';

const data = decoderData(buildCatalog(loadContent()));
const run = (text: string, api?: string) => decode(text, data, { api });
const codes = (r: DecodeResult) => r.findings.map((f) => [f.code, f.namespace]);

describe('codes in a message, when the text is about DSM', () => {
  it.each([
    ['Synology API error code: 407 while logging in', 407],
    ['synology_dsm: Error Code: "119" (session expired)', 119],
    ['SynoApiRequest code: 105 message: permission', 105],
    ['DSM said: Error 119 - Invalid session', 119],
    ['Synology upload failed with code: 1805', 1805],
    ['synology_container_project: [101] No parameter of API, method or version', 101],
    ['Synology SRM: Permission denied (error=402)', 402],
    ['DiskStation: Reason: 160 - Unknown error', 160],
    ['Synology ioBroker "404 message: Failed to authenticate"', 404],
    ['Failed to fetch certificate info with error: 119, please try again or contact Synology', 119],
  ])('%s', (text, code) => {
    const r = run(text);
    expect(r.findings.map((f) => f.code)).toEqual([code]);
    expect(r.findings[0]?.from).toBe('message');
    expect(r.findings[0]?.place).toMatchObject({ line: 1, pointer: '' });
  });
  it('the same words without anything about DSM are not a DSM code', () => {
    for (const text of ['API error code: 407', 'code: 105 message: permission', 'Error 119 - something', '[101] No parameter'])
      expect(run(text).findings, text).toEqual([]);
  });
  it("a library's own wording of the code makes the text about DSM", () => {
    const r = run('{ [Error: Permission denied] code: 402 }');
    expect(r.findings[0]).toMatchObject({ code: 402, namespace: 'auth', from: 'message' });
    expect(r.findings[0]?.familyReason).toMatch(/^Likely Auth: \u201cPermission denied\u201d is how .* words Auth 402\.$/);
  });
  it('a DSM response elsewhere in the paste makes the text about DSM', () => {
    const r = run('request failed: error code: 414\n{"success":false,"error":{"code":119}}');
    expect(r.findings.map((f) => [f.code, f.from])).toEqual([[414, 'message'], [119, 'response']]);
  });
  it('a message repeating a code read from the response adds nothing', () => {
    const r = run('SYNOLOGY HTTP BODY: {"error":{"code":18990502},"success":false}\nAn unknown error occurred when executing a synology command (code = 18990502).');
    expect(r.findings.map((f) => f.code)).toEqual([18990502]);
  });
});

describe('JSON in strings, Python 2, cut-off bodies, fragments, bare error objects', () => {
  it('escaped once inside a quoted log message', () => {
    const r = run('level=info msg="SYNOLOGY HTTP BODY: {\\"error\\":{\\"code\\":119},\\"success\\":false}" plugin=abc');
    expect(codes(r)).toEqual([[119, 'common']]);
    expect(r.recognised).toContain('JSON inside a quoted string');
  });
  it('escaped twice', () => {
    const r = run('{"log":"msg=\\"BODY: {\\\\\\"error\\\\\\":{\\\\\\"code\\\\\\":105},\\\\\\"success\\\\\\":false}\\""}');
    expect(codes(r)).toEqual([[105, 'common']]);
  });
  it('a Python 2 printout whose error dict was turned into a string', () => {
    const r = run(`ERROR [core.downloaders.synology] Couldn't login to Synology, {u'success': False, u'error': "{u'code': 402}"}`);
    expect(codes(r)).toEqual([[402, 'auth']]);
    expect(r.findings[0]?.familyReason).toMatch(/^Likely Auth: the text says it was signing in/);
  });
  it('an envelope cut off before "success"', () => {
    expect(codes(run('{"error":{"code":105}'))).toEqual([[105, 'common']]);
    expect(codes(run("RESPONSE: {'error': {'code': 403, 'errors': {'token': '**[REMOVED]", 'SYNO.API.Auth'))).toEqual([[403, 'auth']]);
  });
  it('a fragment that starts mid-object', () => {
    const r = run('...error":{"code":414,"errors":[{"code":408,"path":"/a"}]},"success":false}', 'SYNO.FileStation.CopyMove');
    expect(codes(r)).toEqual([[414, 'filestation'], [408, 'filestation']]);
  });
  it("an error object without the envelope, nested in another tool's JSON (Package Center)", () => {
    const r = run('{"action":"prepare","error":{"code":275,"description":"failed to lock packages"},"stage":"prepare","success":false}');
    expect(r.findings[0]).toMatchObject({ code: 275, detail: { description: 'failed to lock packages' } });
    const nested = run('{"error":{"code":0},"results":[{"action":"install","error":{"code":261,"description":"no script"},"success":false}],"success":false}');
    expect(nested.findings.map((f) => f.code)).toEqual([261]);
  });
  it('an api= value quoted and URL-encoded', () => {
    const r = run('GET /webapi/entry.cgi?api=%22SYNO.FileStation.List%22&method=%22list%22\n{"error":{"code":408},"success":false}');
    expect(r.findings[0]).toMatchObject({ code: 408, namespace: 'filestation', api: 'SYNO.FileStation.List' });
  });
});

describe('several calls in one paste', () => {
  it('each code takes the API named nearest before it', () => {
    const r = run('API: SYNO.API.Auth\nRESPONSE: {"error":{"code":400},"success":false}\nAPI: SYNO.FileStation.List\nRESPONSE: {"error":{"code":400},"success":false}');
    expect(codes(r)).toEqual([[400, 'auth'], [400, 'filestation']]);
    expect(r.findings[1]?.familyReason).toBe('The text names the API SYNO.FileStation.List on line 3, before this code.');
  });
  it('URL escapes earlier in the paste do not shift a code to the wrong API', () => {
    const escapes = '%2F'.repeat(120);
    const r = run(`GET /webapi/entry.cgi?path=${escapes}&api=SYNO.API.Auth\n{"error":{"code":400},"success":false}\nGET /webapi/entry.cgi?api=SYNO.FileStation.List\n{"error":{"code":400},"success":false}`);
    expect(codes(r)).toEqual([[400, 'auth'], [400, 'filestation']]);
  });
  it("a bracketed log tag with an apostrophe does not hide the response after it", () => {
    const r = run("2026-11-20 [can't login] retrying\nSYNO.API.Auth {\"error\":{\"code\":400},\"success\":false}");
    expect(codes(r)).toEqual([[400, 'auth']]);
  });
  it("a tool's later step wins over an API named on an earlier line", () => {
    const r = run("url='https://nas:5001/webapi/entry.cgi?api=SYNO.API.Auth&method=login'\nret='0'\nGetting certificates in Synology DSM...\nresponse='{\"error\":{\"code\":105},\"success\":false}'");
    expect(r.findings[0]).toMatchObject({ code: 105, namespace: 'common' });
    expect(r.findings[0]?.familyReason).toBe('Codes below 400 mean the same for every API.');
  });
});

describe('family from words: likely, with the other candidates kept', () => {
  it("a tool's step", () => {
    const r = run('Sonarr: Failed to login. Reason: 407 - Unknown error (Download Station on Synology)');
    expect(r.findings[0]).toMatchObject({ code: 407, namespace: 'auth', title: 'Source IP blocked' });
    expect(r.findings[0]?.candidates.length).toBeGreaterThan(0);
    expect(r.findings[0]?.meanings[0]?.namespace).toBe('auth');
    expect(r.findings[0]?.familyReason).toBe('Likely Auth: the text says it was signing in (\u201clogin\u201d).');
    expect(r.findings[0]?.note).toBe('Only the words point to Auth; give the API name to be sure.');
  });
  it('the API named in the text outranks the words', () => {
    const r = run('Failed to login: {"api": "SYNO.FileStation.Upload", "code": 407, "reason": "x"}');
    expect(r.findings[0]).toMatchObject({ code: 407, namespace: 'filestation', candidates: [] });
  });
  it("a library that prints another table's text: follow the number and the API, and say so", () => {
    const r = run('API: SYNO.FileStation.List\nError 402 - Permission denied');
    expect(r.findings[0]).toMatchObject({ code: 402, namespace: 'filestation', title: 'System too busy' });
    expect(r.findings[0]?.note).toMatch(/\u201cPermission denied\u201d are Auth's wording of 402; some libraries print one table's text for every API\. The number and the API point to FileStation/);
  });
  it('words without any number name the code but report no finding', () => {
    const r = run('Failed to login. Reason: No such account or incorrect password');
    expect(r.findings).toEqual([]);
    expect(r.named).toEqual([expect.objectContaining({ code: 400, namespace: 'auth', family: 'Auth' })]);
    expect(r.diagnosis).toMatch(/\u201cNo such account or incorrect password\u201d is .* Auth 400/);
  });
});

describe('never invent: numbers that are not DSM codes', () => {
  it.each([
    ['curl error codes', 'Synology deploy: Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error code: 60\ncurl: (35) error code: 1035 on nas.synology.me'],
    ['HTTP statuses', 'Synology API call: Request failed with status code 404\nHTTP Error 500 from /webapi/entry.cgi\nerror 502 Bad Gateway'],
    ['a proxy 403 after an auth.cgi request line', 'POST /webapi/auth.cgi HTTP/1.1\nHost: nas\n\nHTTP/1.1 403 Forbidden\nServer: nginx'],
    ['ports, pids, timestamps, line numbers, IPs, versions', 'Synology DSM 7.2.1-69057 at 192.168.1.21:5001 pid 40213 on line 271 at 2025-01-10 12:22:46.448, synology_dsm 1.0.2'],
    ['Windows and WinHTTP errors', 'Synology Drive Client: WinHttpSendRequest failed with error 12029\nSystem error 1326 has occurred'],
    ['library sentinels', 'synology_api: error code: -1\nsynology_api: Error 9999 - Unknown error\ngo-synology: code: -2'],
    ["Kubernetes' Status", 'synology-csi: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"x","reason":"NotFound","details":{"name":"pvc"},"code":404}'],
    ['Google API errors', 'Synology Cloud Sync: {"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}}'],
    ['gRPC gateway errors', 'synology-csi: {"code":5,"message":"volume not found","details":[]} {"code":14,"message":"unavailable"}'],
    ['GitHub API errors', 'synology: {"message":"Not Found","documentation_url":"https://docs.github.com/rest","status":"404"}'],
    ['Docker daemon errors', 'Synology Container Manager: Error response from daemon: Bind for 0.0.0.0:5001 failed: port is already allocated (code 500)'],
    ["Home Assistant's own errors", 'synology_dsm: {"id": 24, "type": "result", "success": false, "error": {"code": "unknown_error", "message": "Unknown error"}}'],
    ['{code,name} lists in a successful response', '{"data":{"zones":[{"code":1001,"name":"Taipei"},{"code":1002,"name":"Tokyo"}]},"success":true}'],
  ])('%s', (_what, text) => {
    expect(run(text).findings.map((f) => f.code)).toEqual([]);
  });
});
