/**
 * Bench rows for the decoder: how it does on the corpus of real pastes, and how long it takes on
 * realistic logs of 1, 4 and 10 MB and on the worst hostile inputs. Called from run.ts; figures
 * only, nothing here passes or fails.
 */
import type { DecoderData } from '../../src/lib/decoder/data';
import { decode } from '../../src/lib/decoder/decode';
import { corpus, scoreCorpus } from '../fixtures/pastes/corpus';

type Row = [what: string, value: string, budget?: string, over?: boolean | undefined];

const MB = 1_048_576;
const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** A log as tools write it: requests, responses (most of them successes), messages, noise. */
function realisticLog(bytes: number): string {
  const lines = [
    '2026-11-20 03:00:12.481 DEBUG (MainThread) [synology_dsm.synology_dsm] API: SYNO.FileStation.List',
    "2026-11-20 03:00:12.482 DEBUG (MainThread) [synology_dsm.synology_dsm] Request url: https://192.168.1.21:5001/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list&folder_path=%2Fvideo%2Fshows&_sid=*********",
    "2026-11-20 03:00:12.483 DEBUG (MainThread) [synology_dsm.synology_dsm] Response headers: {'Server': 'nginx', 'Content-Type': 'application/json; charset=\"UTF-8\"', 'Transfer-Encoding': 'chunked'}",
    '2026-11-20 03:00:12.484 DEBUG (MainThread) [synology_dsm.synology_dsm] RESPONSE: {"data":{"files":[{"isdir":false,"name":"a.mkv","path":"/video/shows/a.mkv"}],"offset":0,"total":1},"success":true}',
    "2026-11-20 03:00:13.010 WARNING [sync] [can't login] retrying in 5 s (attempt 2 of 3), pid 4213, port 5001",
    '2026-11-20 03:00:13.100 ERROR [backup] SYNO.FileStation.CopyMove failed: {"error":{"code":1002,"errors":[{"code":408,"path":"/backup/x"}]},"success":false}',
    '2026-11-20 03:00:13.200 ERROR [sonarr] Failed to get info of /download. Reason: 160 - Unknown error',
  ];
  return repeatTo(`${lines.join('\n')}\n`, bytes);
}

function timeOf(text: string, data: DecoderData, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    decode(text, data);
    times.push(performance.now() - t);
  }
  return median(times);
}

const hostile: [string, (n: number) => string][] = [
  ['"{" then a stray "]"', (n) => `${'{'.repeat(n - 1)}]`],
  ['letters before ".cgi"', (n) => `${'a'.repeat(n - 4)}.cgi`],
  ['digits', (n) => '1'.repeat(n)],
  ['log tags with apostrophes', (n) => repeatTo("[can't login] [INFO] x\n", n)],
  ['nested cut-off responses', (n) => repeatTo('{"success":false,"error":{"code":', n)],
  ['escaped quotes', (n) => repeatTo('{\\"', n)],
  ['"error code:" over and over', (n) => repeatTo('error code: ', n)],
  ["{'code': 1, then quote pairs", (n) => `{'code': 1, ${repeatTo("' ", n - 12)}`],
];

export function decoderCorpusRows(data: DecoderData): Row[] {
  const rows: Row[] = [];
  const s = scoreCorpus(data);
  const sharedUrls = new Set(corpus.shared.map((p) => p.url));
  const fresh = corpus.fresh.filter((p) => !sharedUrls.has(p.url)).length;
  rows.push([`Corpus of real pastes (${s.pastes}: ${corpus.shared.length} shared, ${corpus.fresh.length} new, ${fresh} of them from reports the shared ones do not cite): codes found / expected`, `${s.found} / ${s.expected}`, 'all', s.found < s.expected]);
  rows.push(['Corpus: codes resolved to the right family', `${s.rightFamily} / ${s.expected}`, 'all', s.rightFamily < s.expected]);
  rows.push(['Corpus: false codes on the DSM pastes', String(s.falseCodes), '0', s.falseCodes > 0]);
  rows.push([`Corpus: false codes on texts from other services (${s.nonDsmTexts})`, String(s.nonDsmFalseCodes), '0', s.nonDsmFalseCodes > 0]);
  const sizes = [1, 4, 10].map((m) => ({ m, text: realisticLog(m * MB) }));
  const timed = sizes.map(({ m, text }) => ({ m, t: timeOf(text, data, m === 10 ? 3 : 5) }));
  for (const { m, t } of timed) rows.push([`Decode a realistic ${m} MB log (median of ${m === 10 ? 3 : 5})`, ms(t), m === 1 ? 'under 50 ms' : m === 10 ? 'seconds' : '', m === 1 ? t > 50 : m === 10 ? t > 10_000 : undefined]);
  const one = timed[0]?.t ?? 1;
  const four = timed[1]?.t ?? 0;
  rows.push(['Decode time, 4 MB log / 1 MB log (4 when linear)', (four / one).toFixed(2), 'near 4', four / one > 6]);
  let worst = { name: '', t: 0 };
  for (const [name, make] of hostile) {
    const t = timeOf(make(MB), data, 3);
    if (t > worst.t) worst = { name, t };
  }
  rows.push([`Decode the worst 1 MB hostile input (${worst.name}, median of 3)`, ms(worst.t)]);
  return rows;
}
