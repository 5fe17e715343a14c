import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData } from '../../src/lib/decoder/data';
import { decode } from '../../src/lib/decoder/decode';
import { examples } from '../../src/lib/decoder/examples';
import { buildShare, MAX_FRAGMENT, readFragment } from '../../src/lib/decoder/share';
import { loadContent } from '../../src/node/content-files';

const data = decoderData(buildCatalog(loadContent()));
const share = (text: string, api = '') => buildShare(text, api, data);
/** What someone opening the link gets: the fragment read back, as the page reads it. */
const opened = (text: string, api = '') => {
  const p = share(text, api);
  if (p.fragment === null) throw new Error(p.refusal ?? 'no link');
  const back = readFragment(`#${p.fragment}`);
  if (!back || 'error' in back) throw new Error('the link does not open');
  return { ...back, fragment: p.fragment, preview: p };
};
const codesOf = (text: string, api = '') => decode(text, data, { api }).findings.map((f) => f.code).sort((a, b) => a - b);

const secret = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9]{5,10}$/), fc.array(fc.constantFrom(...' !#$<>+/=@:;,"\\\''.split('')), { maxLength: 3 }), fc.stringMatching(/^[A-Za-z0-9]{3,6}$/))
  .map(([a, mid, b]) => `S${a}${mid.join('')}${b}`);
const unquotable = fc.stringMatching(/^[A-Za-z0-9]{8,14}$/).map((s) => `S${s}`);
const response = fc.constantFrom('{"success":false,"error":{"code":119}}', "{'success': False, 'error': {'code': 403, 'errors': {'types': [{'type': 'otp'}]}}}", '{"error":{"code":408},"success":false}', '{"success":false,"error":{"code":1002,"errors":[{"code":408,"path":"/a b"}]}}');
const js = (s: string) => JSON.stringify(s).slice(1, -1);
const py = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

/** A paste with a secret in one syntax, beside a response: [label, (secret, response) => paste]. */
const pastes: [string, (s: string, r: string) => string][] = [
  ['query string', (s, r) => `GET /webapi/auth.cgi?api=SYNO.API.Auth&account=admin&passwd=${encodeURIComponent(s)}&otp_code=${encodeURIComponent(s)} HTTP/1.1\n${r}`],
  ['form body', (s, r) => `POST /webapi/entry.cgi\napi=SYNO.API.Auth&method=login&account=admin&passwd=${encodeURIComponent(s)}\n${r}`],
  ['URL-encoded in a log', (s, r) => `url=https%3A%2F%2Fnas%2Fwebapi%2Fauth.cgi%3Fapi%3DSYNO.API.Auth%26passwd%3D${encodeURIComponent(s)} ${r}`],
  ['JSON field in the response', (s, r) => r.replace(/^\{"success":false/, `{"success":false,"sid":"${js(s)}"`).replace(/^\{"error"/, `{"SynoToken":"${js(s)}","error"`).replace(/^\{'success': False/, `{'success': False, 'did': u'${py(s)}'`)],
  ['Python dict of params', (s, r) => `DEBUG params: {'api': 'SYNO.API.Auth', 'passwd': u'${py(s)}', 'device_id': b'${py(s)}'}\nRESPONSE: ${r}`],
  ['keyword arguments', (s, r) => `api.login(account='admin', passwd='${py(s)}', password="${js(s)}") -> ${r}`],
  ['headers', (s, r) => `HTTP/1.1 200 OK\nSet-Cookie: id=${s.replace(/[ ;,]/g, '')}; path=/\nX-SYNO-TOKEN: ${s}\nAuthorization: Basic ${s}\n\n${r}`],
  ['Chrome copy as cURL', (s, r) => `curl 'https://nas:5001/webapi/entry.cgi' -H 'Cookie: id=${s.replace(/'/g, '')}; _SSID=${s.replace(/'/g, '')}' -b 'id=${s.replace(/'/g, '')}' -H 'X-SYNO-TOKEN: ${s.replace(/'/g, '')}' --data-raw 'api=SYNO.FileStation.List&_sid=${encodeURIComponent(s)}'\n${r}`],
  ['curl -u and a URL with credentials', (s, r) => `curl -u "admin:${js(s)}" https://admin:${encodeURIComponent(s)}@nas:5001/webapi/auth.cgi\n${r}`],
  ['environment variables', (s, r) => `export SYNO_PASSWORD="${s.replace(/["\\$`]/g, '')}"\nSYNO_OTP=${encodeURIComponent(s)} ./sync.sh\n${r}`],
  ['HAR file', (s, r) => JSON.stringify({ log: { entries: [{ request: { url: `https://nas/webapi/auth.cgi?api=SYNO.API.Auth&passwd=${encodeURIComponent(s)}`, headers: [{ name: 'Cookie', value: `id=${s}` }, { name: 'Authorization', value: `Bearer ${s}` }], cookies: [{ name: 'id', value: s }], postData: { text: `passwd=${encodeURIComponent(s)}&otp_code=${s}` } }, response: { content: { text: '{"success":false,"error":{"code":400}}' } } }] } }) + `\n${r}`],
  ['secrets inside the response that held the code', (s, r) => `{"success":false,"error":{"code":403,"errors":{"token":"${js(s)}","types":[{"type":"otp"}]}},"data":{"sid":"${js(s)}","cookie":{"id":"${js(s)}"},"access_token":"${js(s)}","refresh_token":"${js(s)}","api_key":"${js(s)}","client_secret":"${js(s)}","old_password":"${js(s)}","new_password":"${js(s)}"}}\n${r}`],
];

describe('the share link carries no secret', () => {
  it.each(pastes)('%s', (_label, write) => {
    fc.assert(
      fc.property(secret, response, (s, r) => {
        const paste = write(s, r);
        const p = share(paste);
        const carried = `${p.input}\n${p.api}\n${p.fragment ?? ''}\n${decodeURIComponent(p.fragment ?? '')}`;
        expect(carried).not.toContain(s);
        expect(carried).not.toContain(encodeURIComponent(s));
        // The longest run of letters and digits in the secret: never carried either.
        const core = s.split(/[^A-Za-z0-9]/).sort((a, b) => b.length - a.length)[0] ?? s;
        expect(carried).not.toContain(core);
      }),
      { numRuns: 40 },
    );
  });
  it('the API field: only an API name is carried', () => {
    fc.assert(
      fc.property(unquotable, (s) => {
        const r = '{"success":false,"error":{"code":400}}';
        for (const api of [s, `passwd=${s}`, `SYNO.API.Auth ${s}`, `SYNO.API.Auth&passwd=${s}`]) {
          const p = share(r, api);
          expect(`${p.api}${p.fragment ?? ''}`).not.toContain(s);
        }
        expect(share(r, `SYNO.API.Auth passwd=${s}`).api).toBe('SYNO.API.Auth');
      }),
      { numRuns: 30 },
    );
    expect(share('{"success":false,"error":{"code":400}}', 'hunter2').apiNote).toBe('The API field is left out: it holds no API name (SYNO.\u2026 or a .cgi path).');
  });
  it("the page's own Python example keeps its code, not its 2FA token", () => {
    const example = examples.find((e) => e.id === 'python');
    const o = opened(example?.text ?? '');
    expect(o.input).not.toContain('5lSEEZeosDJ');
    expect(o.preview.removed).toContain('token');
    expect(decode(o.input, data, { api: o.api }).findings[0]).toMatchObject({ code: 403, namespace: 'auth' });
  });
});

describe('the share link carries only what the decoder used', () => {
  it('responses that held a code and the API name; the rest of the paste is left out', () => {
    const paste = 'Nov 20 backup.sh started by alice at /home/alice\nGET /webapi/auth.cgi?api=SYNO.API.Auth&account=bob&passwd=hunter2\n{"success":false,"error":{"code":404}}\nretrying in 5s';
    const o = opened(paste);
    expect(o.input).toBe('api=SYNO.API.Auth\n{"success":false,"error":{"code":404}}');
    expect(o.preview).toMatchObject({ responses: 1, hints: 1, linesLeftOut: 3, refusal: null });
    const cgi = opened('curl https://nas:5001/webapi/auth.cgi?account=bob&passwd=hunter2\n{"success":false,"error":{"code":404}}');
    expect(cgi.input).toBe('webapi/auth.cgi\n{"success":false,"error":{"code":404}}');
    expect(decode(o.input, data).findings[0]).toMatchObject({ code: 404, namespace: 'auth' });
  });
  it('a long list keeps only the items that carry a code', () => {
    const files = Array.from({ length: 2000 }, (_, i) => (i % 500 === 7 ? { code: 408, path: `/video/gone-${i}` } : { path: `/video/file-${i}.mkv`, name: `file-${i}.mkv`, additional: { size: i } }));
    const o = opened(JSON.stringify({ success: true, data: { files, total: files.length } }), 'SYNO.FileStation.List');
    expect(JSON.parse(o.input)).toEqual({ success: true, data: { files: [7, 507, 1007, 1507].map((i) => ({ code: 408, path: `/video/gone-${i}` })), total: 2000 } });
    expect(o.api).toBe('SYNO.FileStation.List');
  });
  it('no code, no link', () => {
    const p = share('just some words and passwd=hunter2');
    expect(p.fragment).toBeNull();
    expect(p.input).toBe('');
    expect(p.refusal).toMatch(/^Nothing to share/);
  });
});

describe('size limits', () => {
  it('a link over the limit is refused with the reason', () => {
    const many = Array.from({ length: 900 }, (_, i) => `{"success":false,"error":{"code":1002,"errors":[{"code":408,"path":"/video/folder-${i}/a file with a long name.mkv"}]}}`).join('\n');
    const p = share(many, 'SYNO.FileStation.CopyMove');
    expect(p.fragment).toBeNull();
    expect(p.refusal).toMatch(/^No link: it would be \d+ kB, over the 16 kB a share link may carry\./);
  });
  it('an opened fragment over the limit is refused before it is read', () => {
    const huge = `#input=${'%7B'.repeat(50_000)}`;
    const r = readFragment(huge);
    expect(r).toEqual({ error: expect.stringMatching(/^This link was not opened: it carries 147 kB, over the 16 kB/) });
    expect(readFragment(`#input=${'a'.repeat(MAX_FRAGMENT - 6)}`)).toEqual({ input: 'a'.repeat(MAX_FRAGMENT - 6), api: '' });
  });
  it('an opened link reads the API field the same way', () => {
    expect(readFragment('#input=x&api=SYNO.API.Auth%20passwd%3Dx')).toEqual({ input: 'x', api: 'SYNO.API.Auth' });
    expect(readFragment('#section-2')).toBeNull();
  });
});

describe('properties', () => {
  const arbitraryPaste = fc.oneof(
    fc.string(),
    fc.json(),
    fc.jsonValue().map((v) => `log: ${JSON.stringify({ success: false, error: v })} end`),
    fc.record({ code: fc.integer({ min: 1, max: 100_000 }), success: fc.boolean() }).map((o) => JSON.stringify({ success: o.success, error: { code: o.code } })),
    fc.tuple(fc.constantFrom(...pastes.map((p) => p[1])), secret, response).map(([write, s, r]) => write(s, r)),
    fc.array(fc.tuple(fc.constantFrom(...pastes.map((p) => p[1])), secret, response), { minLength: 1, maxLength: 4 }).map((xs) => xs.map(([write, s, r]) => write(s, r)).join('\n')),
    fc.constantFrom(...examples.map((e) => e.text)),
  );
  it('never drops a code the decoder found', () => {
    fc.assert(
      fc.property(arbitraryPaste, fc.constantFrom('', 'SYNO.API.Auth', 'SYNO.FileStation.List'), (text, api) => {
        const before = codesOf(text, api);
        const p = share(text, api);
        if (before.length === 0) return;
        if (p.fragment === null) {
          expect(p.refusal).toMatch(/^No link/);
          return;
        }
        const after = codesOf(p.input, p.api);
        for (const code of new Set(before)) expect(after.filter((c) => c === code).length).toBeGreaterThanOrEqual(before.filter((c) => c === code).length);
      }),
      { numRuns: 300 },
    );
  });
  it('the link is made the same way every time, and opening it shows exactly the preview', () => {
    fc.assert(
      fc.property(arbitraryPaste, (text) => {
        const p = share(text);
        expect(share(text)).toEqual(p);
        if (p.fragment) expect(readFragment(p.fragment)).toEqual({ input: p.input, api: p.api });
      }),
      { numRuns: 100 },
    );
  });
  it('grows linearly: a 4x paste takes about 4x the time, not 16x', () => {
    const line = (i: number) => `2026-11-20 03:00:${String(i % 60).padStart(2, '0')} GET /webapi/entry.cgi?api=SYNO.FileStation.List&_sid=abc${i}&passwd=pw${i} {"success":false,"error":{"code":408}} Cookie: id=x${i}\n`;
    const paste = (n: number) => Array.from({ length: n }, (_, i) => line(i)).join('');
    // The decoding itself is measured in the decoder's tests; this is the link's own work. The
    // fastest of several interleaved runs of each size, so a busy machine does not decide it.
    const small = paste(500);
    const large = paste(2_000);
    const inputs = [small, large].map((text) => ({ text, decoded: decode(text, data), best: Infinity }));
    for (let round = 0; round < 5; round++) {
      for (const x of inputs) {
        const start = performance.now();
        buildShare(x.text, '', data, x.decoded);
        x.best = Math.min(x.best, performance.now() - start);
      }
    }
    const [one, four] = inputs;
    // Linear: near 4. Quadratic: near 16.
    expect((four?.best ?? 0) / (one?.best ?? 1)).toBeLessThan(10);
  });
});

describe('secrets the scrub used to let through', () => {
  it('a header whose value holds ! # $, and an HTML-escaped query string, leave no trace in the link', () => {
    const paste = [
      'Synology login failed, error code: 400 passwd: Sp!ce#Pw$',
      'Synology request https://nas:5001/webapi/entry.cgi?api=SYNO.API.Auth&amp;passwd&#61;Secr3tX&amp;_sid&#61;SidValue9 error code: 119',
      '{"success":false,"error":{"code":402},"note":"passwd: Sp!ce#Pw$"}',
    ].join('\n');
    const back = opened(paste);
    for (const s of ['Sp!ce', '#Pw$', 'Pw$', 'Secr3tX', 'SidValue9']) {
      expect(back.input).not.toContain(s);
      expect(decodeURIComponent(back.fragment)).not.toContain(s);
    }
    expect(codesOf(back.input)).toEqual([119, 400, 402]);
  });
  it('a secret whose value runs over the code on its line is removed, and the link still holds the code', () => {
    const paste = 'password: Sp!ce#Pw$ Synology DSM login failed with error 400';
    expect(codesOf(paste)).toEqual([400]);
    const back = opened(paste);
    for (const s of ['Sp!ce', 'Pw$', 'login failed']) expect(back.input).not.toContain(s);
    expect(back.input).toBe('password: «removed: password» (DSM error code 400)');
    expect(codesOf(back.input)).toEqual([400]);
  });
});
