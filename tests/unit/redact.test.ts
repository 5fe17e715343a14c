import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSecrets, isSecretName, redact, redactSecrets, secretSpans } from '../../src/lib/decoder/redact';

/** A secret value: letters, digits and the characters that used to cut a value short. */
const secret = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9]{4,10}$/), fc.array(fc.constantFrom(...' !#$<>+/=%@:;,.-_~*()[]{}"\\\''.split('')), { maxLength: 4 }), fc.stringMatching(/^[A-Za-z0-9]{3,8}$/))
  .map(([a, mid, b]) => `Q${a}${mid.join('')}${b}Z`);
/** A value without quotes, spaces or & (what an unquoted value can hold). */
const bare = fc.tuple(fc.stringMatching(/^[A-Za-z0-9]{6,12}$/), fc.constantFrom('', '!', '#', '$', '<>', '+/=', '%21', '@', ':', ';', ',')).map(([a, b]) => `Q${a}${b}Z`);

const pwName = fc.constantFrom('passwd', 'password', 'Password', 'old_password', 'new_password', 'SYNO_PASSWORD', 'db_passwd', 'userPassword');
const tokenName = fc.constantFrom('token', 'SynoToken', 'X-SYNO-TOKEN', 'access_token', 'refresh_token', 'api_key', 'apiKey', 'client_secret', 'secret', 'device_id', 'did', 'deviceId', 'sid', '_sid', '_SSID', 'otp_code', 'otp');
const anyName = fc.oneof(pwName, tokenName);

const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1);
const pyEscape = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

/** Each syntax a secret is written in: [description, (name, value) => text]. */
const quotedSyntaxes: [string, (n: string, v: string) => string][] = [
  ['JSON', (n, v) => `{"success":false,"${n}":"${jsonEscape(v)}","error":{"code":400}}`],
  ['pretty JSON', (n, v) => `{\n  "${n}": "${jsonEscape(v)}",\n  "x": 1\n}`],
  ['JSON escaped in a string', (n, v) => `{"body":"{\\"${n}\\":\\"${jsonEscape(jsonEscape(v))}\\"}"}`],
  ['Python dict', (n, v) => `{'${n}': '${pyEscape(v)}', 'success': False}`],
  ["Python u''", (n, v) => `{u'${n}': u'${pyEscape(v)}'}`],
  ["Python b''", (n, v) => `{'${n}': b'${pyEscape(v)}'}`],
  ['keyword argument', (n, v) => `login(${n}='${pyEscape(v)}', x=1)`],
  ['keyword argument, double quotes', (n, v) => `login(${n}="${jsonEscape(v)}")`],
  ['environment variable, quoted', (n, v) => `export ${n}="${v.replace(/["\\$`]/g, '\\$&')}"`],
  ['environment variable, single-quoted', (n, v) => `${n}='${v.replace(/'/g, '')}' ./sync.sh`],
  ['header', (n, v) => `POST /webapi/entry.cgi HTTP/1.1\n${n}: ${v}\nAccept: */*`],
  ['curl -H', (n, v) => `curl -H '${n}: ${v.replace(/'/g, '')}' https://nas:5001/webapi/entry.cgi`],
  ['YAML', (n, v) => `nas:\n  ${n}: ${v}\n  port: 5001`],
  ['HAR header', (n, v) => `{"headers":[{"name":"${n}","value":"${jsonEscape(v)}"},{"name":"Accept","value":"*/*"}]}`],
  ['PHP array', (n, v) => `['${n}' => '${pyEscape(v)}']`],
];
const bareSyntaxes: [string, (n: string, v: string) => string][] = [
  ['query string', (n, v) => `GET /webapi/auth.cgi?api=SYNO.API.Auth&${n}=${v}&format=sid HTTP/1.1`],
  ['form body', (n, v) => `account=admin&${n}=${v}&session=FileStation`],
  ['URL-encoded', (n, v) => `url=https://nas/webapi/auth.cgi%3Fapi%3DSYNO.API.Auth%26${n}%3D${encodeURIComponent(v)}%26x%3D1`],
  ['environment variable', (n, v) => `${n}=${v} ./backup.sh`],
  ['JSON number-like', (n, v) => `{"${n}": ${v.replace(/[^A-Za-z0-9]/g, '')}, "success": true}`],
];

describe('secret names', () => {
  it.each(['passwd', 'password', 'old_password', 'SYNO_PASSWORD', 'otp_code', 'sid', '_sid', '_SSID', 'SynoToken', 'X-SYNO-TOKEN', 'device_id', 'did', 'Cookie', 'Set-Cookie', 'Authorization', 'Proxy-Authorization', 'api_key', 'access_token', 'refresh_token', 'client_secret', 'pw', 'db_pw', 'wifi_psk', 'pin'])('%s is secret', (name) => {
    expect(isSecretName(name)).toBe(true);
  });
  it.each(['code', 'success', 'error', 'errors', 'api', 'path', 'account', 'method', 'version', 'name', 'types', 'type', 'inside', 'session'])('%s is not', (name) => {
    expect(isSecretName(name)).toBe(false);
  });
});

describe('the scrub', () => {
  it.each(quotedSyntaxes)('removes a quoted value whole: %s', (_label, write) => {
    fc.assert(
      fc.property(anyName, secret, (name, value) => {
        const text = write(name, value);
        const out = redactSecrets(text);
        // Neither end of the value survives, whatever came between them.
        const [head = value, tail = value] = [/^Q[A-Za-z0-9]+/.exec(value)?.[0], /[A-Za-z0-9]+Z$/.exec(value)?.[0]];
        expect(out).not.toContain(head);
        expect(out).not.toContain(tail);
        expect(out).toContain('\u00abremoved: ');
      }),
      { numRuns: 60 },
    );
  });
  it.each(bareSyntaxes)('removes an unquoted value whole: %s', (_label, write) => {
    fc.assert(
      fc.property(anyName, bare, (name, value) => {
        const out = redactSecrets(write(name, value));
        expect(out).not.toContain(value.replace(/[^A-Za-z0-9]/g, '').slice(1, -1));
      }),
      { numRuns: 60 },
    );
  });
  it('cookies: every value, in headers, curl -b/--cookie and cookie dicts', () => {
    const text = [
      "curl 'https://nas:5001/webapi/entry.cgi' -H 'Cookie: id=Qsess1; _SSID=Qssid2; did=Qdid3' -b 'id=Qsess4; smid=Qsmid5' --cookie \"id=Qsess6\"",
      'Set-Cookie: id=Qsess7; path=/; HttpOnly',
      "requests.get(url, cookies={'id': 'Qsess8', 'smid': 'Qsmid9'})",
      '{"request":{"cookies":[{"name":"id","value":"Qsess10"}]}}',
    ].join('\n');
    const out = redactSecrets(text);
    for (let i = 1; i <= 10; i++) expect(out).not.toMatch(new RegExp(`Q[a-z]+${i}\\b`));
    expect(out).toContain("'https://nas:5001/webapi/entry.cgi'");
  });
  it('credentials: -u, Authorization, Bearer, user:pass@host', () => {
    const text = [
      'curl -u admin:Qpw1 -sku root:Qpw2 -uops:Qpw3 --user "me:Q pw4" https://nas/',
      'Authorization: Basic UXB3NTpzZWNyZXQ=',
      'Proxy-Authorization: Bearer Qtok6.abc.def',
      'fetch failed for https://admin:Qpw7@nas.local:5001/webapi/auth.cgi',
      'sent header Bearer eyJhbGciOiJIUzI1NiJ9.Qtok8',
    ].join('\n');
    const out = redactSecrets(text);
    for (const s of ['Qpw1', 'Qpw2', 'Qpw3', 'Q pw4', 'UXB3NTpzZWNyZXQ=', 'Qtok6', 'Qpw7', 'Qtok8']) expect(out).not.toContain(s);
    expect(out).toContain('nas.local:5001/webapi/auth.cgi');
  });
  it('flags, XML elements, HTML form fields and schemes written as values', () => {
    const text = [
      'sync --passwd Qpw1 --otp=Qotp2 -password Qpw3',
      '<config><password>Q pw4</password><user>admin</user></config>',
      '<input name="passwd" value="Qpw5"> <input name="user" value="admin">',
      'headers: Authorization=Bearer Qtok6 Accept=*/*',
    ].join('\n');
    const out = redactSecrets(text);
    for (const s of ['Qpw1', 'Qotp2', 'Qpw3', 'Q pw4', 'Qpw5', 'Qtok6']) expect(out).not.toContain(s);
    expect(out).toContain('<user>admin</user>');
    expect(out).toContain('<input name="user" value="admin">');
  });
  it('keeps the DSM response next to a secret', () => {
    const text = 'HTTP/1.1 200 OK Set-Cookie: id=Qabc; path=/ {"success":false,"error":{"code":119}}\nDEBUG sid: Qdef {"success":false,"error":{"code":106}}';
    const out = redactSecrets(text);
    expect(out).toContain('{"success":false,"error":{"code":119}}');
    expect(out).toContain('{"success":false,"error":{"code":106}}');
    expect(out).not.toMatch(/Qabc|Qdef/);
  });
  it('marks what it removed and is idempotent', () => {
    const r = redact('passwd=hunter2&otp_code=123456');
    expect(r.text).toBe('passwd=\u00abremoved: passwd\u00bb&otp_code=\u00abremoved: otp_code\u00bb');
    expect(r.removed).toEqual(['passwd', 'otp_code']);
    expect(redact(r.text)).toEqual({ text: r.text, removed: [] });
    expect(findSecrets(r.text)).toEqual([]);
  });
  it('leaves text without secrets alone', () => {
    const text = 'GET /webapi/entry.cgi?api=SYNO.FileStation.List&method=list&format=sid\n{"success":false,"error":{"code":408,"errors":[{"code":408,"path":"/video/a b.mkv"}]}}';
    expect(redactSecrets(text)).toBe(text);
  });
  it('runs in linear time on hostile input: it looks at each character a bounded number of times', () => {
    const hostile = (n: number) => ['passwd='.repeat(n), '"'.repeat(n), 'a'.repeat(n * 4), `${'\\'.repeat(n)}"`, `${'{'.repeat(n)}]`, '-u '.repeat(n), 'x://'.repeat(n), 'token:'.repeat(n), "'passwd': '".repeat(n), 'a='.repeat(n), 'passwd%22'.repeat(n), '{\\"sid\\":\\"'.repeat(n), 'Cookie: '.repeat(n), 'https://a:b'.repeat(n), 'passwd&#61;'.repeat(n), '&quot;passwd&quot;:&quot;'.repeat(n), '{a: [passwd: x'.repeat(n)].join('\n');
    for (const n of [1_000, 4_000, 16_000]) {
      const text = hostile(n);
      const stats = { steps: 0 };
      secretSpans(text, stats);
      expect(stats.steps).toBeGreaterThan(text.length / 2);
      expect(stats.steps).toBeLessThan(text.length * 4);
    }
  });
});

/** One test per reader: each family of syntaxes, with the values that used to reach the share link. */
describe('each reader', () => {
  const gone = (text: string, ...secrets: string[]) => {
    const out = redactSecrets(text);
    for (const v of secrets) expect(out).not.toContain(v);
    expect(out).toContain('\u00abremoved: ');
    return out;
  };
  it('headers: a value holding ! # $ is removed whole, at the start of a line, after a log prefix or a comment sign', () => {
    for (const line of ['passwd: Sp!ce#Pw$', '2026-12-01 12:00:01 DEBUG passwd: Sp!ce#Pw$', '# passwd: Sp!ce#Pw$', '  passwd:  Sp!ce#Pw$', 'X-Passwd: Sp!ce#Pw$']) {
      const out = gone(line, 'Sp!ce', '#Pw$', 'Pw$');
      expect(out.endsWith('\u00bb')).toBe(true);
    }
  });
  it('headers: inside a curl argument the value stops at the closing quote', () => {
    const out = gone(`curl -H 'passwd: Sp!ce#Pw$' -H 'Accept: */*' https://nas:5001/`, 'Sp!ce', 'Pw$');
    expect(out).toContain("-H 'Accept: */*' https://nas:5001/");
  });
  it('JSON and JavaScript keys: an unquoted key inside braces takes the value up to the structure, spaces included', () => {
    const out = gone('{"a": [1, passwd: Sp!ce #Pw$, user: admin}', 'Sp!ce', '#Pw$');
    expect(out).toContain('user: admin}');
    expect(redactSecrets('{"passwd": null, "code": 400}')).toBe('{"passwd": null, "code": 400}');
  });
  it('query strings: HTML-escaped separators (&#61; &#x3D;) and &amp; between pairs', () => {
    const out = gone('GET /webapi/auth.cgi?api=SYNO.API.Auth&amp;passwd&#61;Secr3t&amp;_sid&#61;abcdef&amp;format=sid', 'Secr3t', 'abcdef');
    expect(out).toContain('api=SYNO.API.Auth&amp;passwd&#61;');
    expect(out).toContain('&amp;format=sid');
    gone('entry.cgi?passwd&#x3D;S3cr&amp;sid&#61;xyz', 'S3cr', 'xyz');
    expect(redactSecrets('code&#61;400&amp;success&#61;false')).toBe('code&#61;400&amp;success&#61;false');
  });
  it('JSON keys: HTML-escaped quotes (&quot;) around keys and values', () => {
    const out = gone('{&quot;passwd&quot;:&quot;Sp ce#1&quot;,&quot;code&quot;:400}', 'Sp ce', 'ce#1');
    expect(out).toContain('&quot;code&quot;:400}');
  });
  it('config files: `name = value` with spaces around "=" takes the value to the end of the line', () => {
    const out = gone('[nas]\npassword = Sp!ce #Pw$\nport = 5001', 'Sp!ce', '#Pw$');
    expect(out).toContain('port = 5001');
    gone("cookies = {'id': 'Qsess1', 'smid': 'Qsmid2'}", 'Qsess1', 'Qsmid2');
  });
  it('shell assignments and URL-encoded forms keep working beside the new readers', () => {
    gone('SYNO_PASSWORD=Sp!ce#Pw$ ./backup.sh', 'Sp!ce#Pw$');
    gone('passwd%3DSp%21ce%23Pw%24%26x%3D1', 'Sp%21ce%23Pw%24');
  });
  it('curl flags, URL credentials, auth schemes and XML elements each remove their value', () => {
    gone('curl -u admin:Sp!ce#Pw$ https://nas/', 'Sp!ce#Pw$');
    gone('https://admin:Sp!cePw$@nas.local:5001/', 'Sp!cePw$');
    gone('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc', 'eyJhbGciOiJIUzI1NiJ9');
    gone('<password>Sp!ce#Pw$</password>', 'Sp!ce#Pw$');
  });
});
