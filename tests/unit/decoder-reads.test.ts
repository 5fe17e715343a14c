/**
 * Issue 18: the forms people really paste that the decoder must read, and the numbers it must
 * never invent. One describe per form or rule; the examples are illustrations of each class
 * (the corpus in tests/fixtures/pastes/ holds the real reports).
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData, type DecoderData } from '../../src/lib/decoder/data';
import { decode, type DecodeResult } from '../../src/lib/decoder/decode';
import { formatText, where } from '../../src/lib/decoder/format';
import { loadContent } from '../../src/node/content-files';

const data = decoderData(buildCatalog(loadContent()));
const run = (text: string, api?: string, with_: DecoderData = data) => decode(text, with_, { api });
const codes = (r: DecodeResult) => r.findings.map((f) => [f.code, f.namespace]);

describe('1. a code joined to its reason by a dash', () => {
  it('120-None in a Chinese log that names synologychat is Chat 120', () => {
    const r = run('2023-05-01 10:00:00 [ERROR] synologychat 推送失败: 120-None');
    expect(codes(r)).toEqual([[120, 'chat']]);
    expect(r.findings[0]?.from).toBe('message');
  });
  it("404-invalid token beside Synology Chat: the reason is a source's wording, so it confirms Chat", () => {
    const r = run('Synology Chat notification failed: 404-invalid token');
    expect(codes(r)).toEqual([[404, 'chat']]);
  });
  it('a line that names Chat without saying Synology: the dashed form still reads as Chat', () => {
    expect(codes(run('推送Chat消息失败：117-None'))).toEqual([[117, 'chat']]);
    expect(run('ChatGPT request failed: 120-None').findings).toEqual([]);
  });
  it('dates, versions and ids with dashes are not codes', () => {
    expect(run('Synology DSM 7.2-64570 on 2023-05-01, build abc-1234-def, port 5001-tcp').findings).toEqual([]);
  });
});

describe("2. a library's error dict cut out of its braces", () => {
  it("an API name, then 'code': 408, 'reason': ... with no closing brace", () => {
    const r = run("SYNO.FileStation.CopyMove: 'code': 408, 'reason': 'No such file or directory");
    expect(codes(r)).toEqual([[408, 'filestation']]);
  });
});

describe("3. a tool's log line that names the product", () => {
  it('synoscgi_SYNO.<API>_<version>_<method> names the API', () => {
    const r = run('nas synoscgi_SYNO.Core.Storage.Volume_1_set[1234]: volume.cpp:512 Failed to set volume, error code 3301');
    expect(codes(r)).toEqual([[3301, 'core']]);
    expect(r.api).toBe('SYNO.Core.Storage.Volume');
  });
  it('synowebapi marks the text as DSM', () => {
    expect(run('Dec  1 10:00:00 nas synowebapi: share.cpp:123 failed, error code: 3301').findings.map((f) => f.code)).toEqual([3301]);
  });
  it('a backup tool naming Hyper Backup: found, the product named, no public table documents the number', () => {
    const r = run('Hyper Backup: task failed with error code 4401');
    expect(r.findings.map((f) => f.code)).toEqual([4401]);
    expect(r.findings[0]?.namespace).toBeNull();
    expect(r.findings[0]?.note).toMatch(/No public table documents Hyper Backup/);
  });
  it('a family with no meaning for the number says no public table documents it', () => {
    const r = run('FileStation error code: 1005', 'SYNO.FileStation.List');
    expect(r.findings[0]?.note).toBe('Undocumented: no public table documents 1005 for FileStation.');
  });
});

describe('4. the reader names the API', () => {
  it.each([
    ['login failed, code=402', 'SYNO.API.Auth', 402, 'auth'],
    ['check failed: 408', 'SYNO.FileStation.List', 408, 'filestation'],
    ['Volume API error, code: 3301', 'SYNO.Core.Storage.Volume', 3301, 'core'],
  ])('%s (API %s)', (text, api, code, family) => {
    expect(codes(run(text, api))).toEqual([[code, family]]);
  });
  it('without the API the same words alone do not look like DSM', () => {
    expect(run('check failed: 408').findings).toEqual([]);
  });
});

describe('5. Package Center results', () => {
  const paste =
    '{"error":{"code":0},"results":[{"error":{"code":289,"description":"failed to download"},"package":"ContainerManager","success":false}],"success":false}';
  it('the top-level 0 is no error; each result is an installer code, with the package and the description', () => {
    const r = run(paste);
    expect(r.findings.map((f) => f.code)).toEqual([289]);
    expect(r.findings[0]?.namespace).not.toBe('common');
    expect(r.findings[0]?.detail).toEqual({ package: 'ContainerManager', description: 'failed to download' });
  });
  // The site's data has the family (content/namespaces/package-center.yaml); a copy without it shows the fallback.
  const withoutPc: DecoderData = { ...data, families: data.families.filter((f) => f.id !== 'package-center'), codes: Object.fromEntries(Object.entries(data.codes).filter(([id]) => id !== 'package-center')) };
  it('with the site\'s own data, an installer code is read in the Package Center family', () => {
    const r = run(paste);
    expect(codes(r)).toEqual([[289, 'package-center']]);
    expect(r.findings[0]?.title).toBe(data.codes['package-center']?.['289']?.title);
  });
  it('without a package-center family in the data: namespace null, "Package Center installer code N"', () => {
    const r = run(paste, undefined, withoutPc);
    expect(r.findings[0]?.namespace).toBeNull();
    expect(r.findings[0]?.note).toMatch(/^Package Center installer code 289/);
  });
  const withPc: DecoderData = {
    ...data,
    families: [...data.families, { id: 'package-center', name: 'Package Center', apis: ['SYNO.Core.Package.Installation'], cgi: [], words: ['Package Center'], sharesCommonBelow: 0 }],
    codes: { ...data.codes, 'package-center': { '289': { title: 'Failed to download the package', action: 'Check the network.', category: 'internal', status: 'documented' } } },
  };
  it('with a package-center family, its titles are used, even below 400', () => {
    const r = run(paste, undefined, withPc);
    expect(codes(r)).toEqual([[289, 'package-center']]);
    expect(r.findings[0]?.title).toBe('Failed to download the package');
  });
  it.each([
    ['synopkg: install /tmp/X.spk failed, error = [289]'],
    ['Failed to install package ContainerManager.spk, error = [289]'],
  ])('%s is an installer code', (text) => {
    expect(codes(run(text, undefined, withoutPc))).toEqual([[289, null]]);
    expect(codes(run(text, undefined, withPc))).toEqual([[289, 'package-center']]);
    expect(codes(run(text))).toEqual([[289, 'package-center']]);
  });
});

describe('6. a person quoting codes in prose, when the text is about DSM', () => {
  it.each([
    ['Synology DSM API: since the update every call returns error 105', 105],
    ['My DSM script: after an hour I keep getting a 119', 119],
    ['Synology auth.cgi: it should have answered 402', 402],
  ])('%s', (text, code) => {
    const r = run(text);
    expect(r.findings.map((f) => f.code)).toEqual([code]);
    expect(r.findings[0]?.from).toBe('message');
  });
  it('counts and HTTP statuses in a sentence are not codes', () => {
    expect(run('Synology: the list returns 250 files, and nginx gave 502').findings).toEqual([]);
    expect(run('Synology DSM: the reverse proxy keeps returning a 404').findings).toEqual([]);
  });
});

describe(".NET download clients' errors", () => {
  it('Reason: N - text inside a stack trace; offsets and line numbers are ignored', () => {
    const r = run(
      'NzbDrone.Core.Download.Clients.DownloadClientException: Failed to add torrent. Reason: 120 - Unknown error\n   at NzbDrone.Core.Download.Clients.DownloadStation.Proxies.DiskStationProxyBase.ProcessRequest[T]() in C:\\BuildAgent\\work\\DiskStationProxyBase.cs:line 138\n   at System.Net.Http.HttpClient.Send() +0x1c',
    );
    expect(r.findings.map((f) => f.code)).toEqual([120]);
  });
});

describe('never invent', () => {
  it('a success response gives no code, whatever code keys it holds', () => {
    const r = run('{"success":true,"data":{"code":500,"task":{"status_code":404},"error_page":{"code":403}}}');
    expect(r.findings).toEqual([]);
    expect(r.successes).toBe(1);
  });
  it('a bare error flag is not a DSM code', () => {
    expect(run('{"success":false,"error":1,"message":"Invalid request"}').findings).toEqual([]);
  });
  it("a DSM-shaped object whose message names a route or a framework's wording is another service's", () => {
    expect(run('{"success":false,"error":{"code":404,"message":"Route GET /api/users not found"}}').findings).toEqual([]);
    expect(run('{"success":false,"message":"Cannot POST /api/login","error":{"code":404}}').findings).toEqual([]);
  });
  it.each([['Synology: <Response [502]>', 502], ['Synology DSM: HTTP/1.1 404 Not Found', 404], ['Synology: status: 200', 200], ['Synology: statusCode: 403', 403]])(
    'HTTP status only (%s): said to be the web server\u2019s, with the page that explains it',
    (text, status) => {
      const withPath = { ...data, httpStatusesPath: 'http-statuses/' };
      const r = run(text, undefined, withPath);
      expect(r.findings).toEqual([]);
      expect(r.httpStatus).toEqual({ status, path: 'http-statuses/' });
      expect(r.diagnosis).toMatch(/an HTTP status from the web server, not a DSM error code/);
      expect(formatText(r)).toMatch(/http-statuses\//);
    },
  );
  it("a library's own number is the library's, never a DSM meaning", () => {
    const withLib: DecoderData = {
      ...data,
      libraryCodes: [
        {
          library: 'py-synologydsm-api',
          libraryName: 'py-synologydsm-api',
          code: -2,
          meaning: 'the API is not in the NAS\u2019s API list',
          raisedAs: 'SynologyDSMAPINotExistsException',
          cues: ['SynologyDSMAPINotExistsException', 'does not exists'],
          path: 'libraries/py-synologydsm-api/-2/',
        },
      ],
    };
    const text = "synology_dsm.exceptions.SynologyDSMAPINotExistsException: {'api': 'SYNO.Core.System', 'code': -2, 'reason': 'Unknown', 'details': 'API SYNO.Core.System does not exists'}";
    const r = run(text, undefined, withLib);
    expect(r.findings).toEqual([]);
    expect(r.library).toMatchObject([{ code: -2, library: 'py-synologydsm-api', path: 'libraries/py-synologydsm-api/-2/' }]);
    expect(r.diagnosis).toMatch(/^-2 is py-synologydsm-api\u2019s own number, not a DSM error code/);
    expect(run(text).findings).toEqual([]);
  });
  it('file and line numbers, error type names, ports, pids and versions stay ignored', () => {
    const r = run('Synology DSM 7.2.1-69057: pkgverify.cpp:278 failed; events.js:106 throw er; _ssl.c:997 ERRORTYPE_111 port 5001 pid 1234');
    expect(r.findings).toEqual([]);
  });
  it('a DSM response cut off inside its code: the number may be cut too, so none is reported', () => {
    const r = run('Synology response: {"success":false,"error":{"code":10');
    expect(r.findings).toEqual([]);
    expect(r.cutOff).toBe(true);
    expect(r.diagnosis).toMatch(/A DSM error response was cut off before its code/);
  });
  it('a DSM response cut off before its code: says so, reports no number', () => {
    const r = run('Synology response: {"success":false,"error":{"co');
    expect(r.findings).toEqual([]);
    expect(r.cutOff).toBe(true);
    expect(r.diagnosis).toMatch(/A DSM error response was cut off before its code/);
  });
});

describe('family words come from the content', () => {
  it.each([
    ['File Station: upload failed, error code: 1805', 'filestation'],
    ['Surveillance Station said error code: 400', 'surveillancestation'],
    ['Photo Station error code: 501', 'photostation'],
  ])('%s', (text, family) => {
    expect(data.families.find((f) => f.id === family)?.words.length).toBeGreaterThan(0);
    const r = run(text);
    expect(r.findings[0]?.namespace === family || r.findings[0]?.candidates.includes(family)).toBe(true);
    expect(r.findings[0]?.namespace).not.toBe('common');
  });
  it('the common family is marked shared and every family shares Common below 400 unless its file says otherwise', () => {
    expect(data.families.find((f) => f.id === 'common')?.shared).toBe(true);
    // Package Center's installer numbers (150-319) are its own.
    expect(data.families.filter((f) => f.sharesCommonBelow !== 400).map((f) => [f.id, f.sharesCommonBelow])).toEqual([['package-center', 0]]);
  });
});

describe('a finding carries its place as data', () => {
  it('line, column and pointer, formatted only where shown', () => {
    const r = run('x\n  {"success":false,"error":{"code":119}}');
    expect(r.findings[0]?.place).toEqual({ line: 2, column: 3, pointer: '/error/code', block: 0 });
    expect(where(r.findings[0]!)).toBe('at line 2, column 3, /error/code');
    expect(r.responses[0]).toMatchObject({ line: 2, column: 3, value: { success: false, error: { code: 119 } } });
    expect(JSON.stringify(r)).not.toContain('"responses"');
  });
});

describe("another service's wording is recognised narrowly", () => {
  it('a DSM error whose message mentions a network route or a path is still DSM\u2019s', () => {
    expect(run('{"success":false,"error":{"code":119,"message":"No route to host"}}').findings.map((f) => f.code)).toEqual([119]);
    expect(run('{"success":false,"error":{"code":408,"message":"failed to get /volume1/video"}}', 'SYNO.FileStation.List').findings.map((f) => f.code)).toEqual([408]);
  });
});

describe('Python printouts and long malformed blocks', () => {
  it('a well-formed Python printout is read in one pass: prefixes, escapes, True/False/None, tuples', async () => {
    const { pythonToJson } = await import('../../src/lib/decoder/extract');
    expect(JSON.parse(pythonToJson(`{u'error': {'code': 408, 'path': u'/a \\'b\\' "c"'}, 'success': False, 'data': None, 't': (1, 2), b'k': True}`) ?? '')).toEqual({
      error: { code: 408, path: `/a 'b' "c"` },
      success: false,
      data: null,
      t: [1, 2],
      k: true,
    });
    expect(pythonToJson("{'a': 'cut")).toBeUndefined();
  });
  it('a malformed block longer than the repair reads is still read from its start, and says so', () => {
    const text = `{'success': False, 'error': {'code': 119}, 'x': [${"' ', ".repeat(20_000)} }`;
    const r = run(`Synology ${text.replace(/, }$/, ' ')}`);
    expect(r.findings.map((f) => f.code)).toEqual([119]);
    expect(r.diagnosis).toMatch(/too long to repair whole|cut off/);
  });
});
