/**
 * Decoding stays linear in the input, whatever the input. Two kinds of check, neither a
 * wall-clock threshold: the work the decoder counts (characters scanned and handed to the
 * parsers) grows in proportion to the input, and the time for an input 16 times larger is well
 * under the 256 times a quadratic scan would take. Timings and sizes are in `npm run bench`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData } from '../../src/lib/decoder/data';
import { decode } from '../../src/lib/decoder/decode';
import { loadContent } from '../../src/node/content-files';

const data = decoderData(buildCatalog(loadContent()));
const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Inputs that made earlier scanners rescan: each is a function of the size. */
const hostile: [string, (n: number) => string][] = [
  ['a long run of "{" before a stray "]"', (n) => `${'{'.repeat(n - 1)}]`],
  ['a long run of letters before ".cgi"', (n) => `${'a'.repeat(n - 4)}.cgi`],
  ['letters and slashes before ".cgi"', (n) => `${repeatTo('ab/', n - 4)}.cgi`],
  ['1 MB of digits', (n) => '1'.repeat(n)],
  ['bracketed log tags with apostrophes on every line', (n) => repeatTo("[can't login] [INFO] x\n", n)],
  ['nested cut-off responses', (n) => repeatTo('{"success":false,"error":{"code":', n)],
  ['escaped quotes', (n) => repeatTo('{\\"', n)],
  ['one long SYNO.* name', (n) => `SYNO.${'a.'.repeat(n / 2)}`],
  ['SYNO. over and over', (n) => repeatTo('SYNO.', n)],
  ['error code: over and over', (n) => repeatTo('error code: ', n)],
  ['"error on" before a long word', (n) => `error on ${'a'.repeat(n)}`],
  ['URL escapes', (n) => repeatTo('%2', n)],
  ['Python keys', (n) => repeatTo("{u'code': 402, ", n)],
  ['an unclosed brace on each line', (n) => repeatTo('{"x": 1\n', n)],
  ['a person quoting codes, over and over', (n) => repeatTo('Synology returns the error 105 and gets a ', n)],
  ['numbers dashed to words', (n) => repeatTo('120-None 404-invalid ', n)],
  ['synoscgi_ process names', (n) => repeatTo('synoscgi_SYNO.A_1_b ', n)],
  ['"failed:" with spaces', (n) => `failed:${' '.repeat(n - 11)}408`],
  ['a Python dict opening then repeated quote pairs', (n) => `{'code': 1, ${repeatTo("' ", n - 12)}`],
  ['a JSON object opening then repeated quote pairs, closed', (n) => `{"code": 1, ${repeatTo('" " ', n - 13)}}`],
  ['a realistic log', (n) => repeatTo('2026-11-20 03:00:12 [synology_dsm] API: SYNO.FileStation.List RESPONSE: {"success":false,"error":{"code":408}} Error 404 at line 12 port 5001 error code: 119\n', n)],
];

function work(text: string): number {
  const counter = { count: 0 };
  decode(text, data, { work: counter });
  return counter.count;
}

/** The fastest of three runs: the least disturbed by other work on the machine. */
function time(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    decode(text, data);
    runs.push(performance.now() - t);
  }
  return Math.min(...runs);
}

describe('the work counted grows in proportion to the input', () => {
  it.each(hostile)('%s', (_name, make) => {
    const small = work(make(20_000));
    const large = work(make(80_000));
    // At most a fixed multiple of the size at both sizes; a quadratic scan would give 16 times the work.
    expect(small).toBeLessThanOrEqual(30 * 20_000);
    expect(large).toBeLessThanOrEqual(30 * 80_000);
    expect(large / small).toBeLessThan(10);
  });
});

describe('16 times the input takes far less than the 256 times a quadratic scan would', () => {
  // The parts the work counter does not see are regular expressions and the JSON repair library: time them on the inputs
  // that defeat a backtracking pattern. Linear is 16 times; the slack is wide because the
  // machine may be busy, and a quadratic pattern would be 256 times (or never finish).
  const regexHostile = hostile.filter(([name]) => /cgi|digits|tags|SYNO|error|URL|realistic|quote pairs|quoting|dashed|synoscgi|failed/.test(name));
  it.each(regexHostile)('%s', (_name, make) => {
    const small = make(62_500);
    const large = make(1_000_000);
    time(small); // warm up
    const ratio = time(large) / Math.max(time(small), 5);
    expect(ratio).toBeLessThan(100);
  }, 120_000);
});

describe('generated hostile inputs', () => {
  const piece = fc.constantFrom('{', '}', '[', ']', '"', "'", '\\', '\\"', 'SYNO.', 'SYNO.API.Auth', '.cgi', 'auth.cgi', 'error code: ', 'code: ', '402', '119', '%22', '%3D', 'api=', ':', ',', ' ', '\n', 'a', 'Synology ', 'u\'', 'True', '[tag] ');
  const text = fc.array(piece, { maxLength: 400 }).chain((parts) => fc.integer({ min: 1, max: 40 }).map((times) => parts.join('').repeat(times)));
  it('never throw, stay within a fixed multiple of their size, and report only numbers they hold', () => {
    fc.assert(
      fc.property(text, (t) => {
        const counter = { count: 0 };
        const r = decode(t, data, { work: counter });
        expect(counter.count).toBeLessThanOrEqual(30 * t.length + 200_000);
        for (const f of r.findings) expect(t).toContain(String(f.code));
      }),
      { numRuns: 150 },
    );
  });
});
