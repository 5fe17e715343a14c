/**
 * Robustness figures for npm run bench: how long the share link takes for big pastes (and how it
 * grows from 1 MB to 4 MB), the text scrub on its own, and how soon the decode page answers
 * typing after opening a 150 kB link. Called from run.ts; nothing here passes or fails.
 */
import type { Browser } from '@playwright/test';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData } from '../../src/lib/decoder/data';
import { decode } from '../../src/lib/decoder/decode';
import { redact } from '../../src/lib/decoder/redact';
import { buildShare } from '../../src/lib/decoder/share';
import { loadContent } from '../../src/node/content-files';

type Row = [what: string, value: string, budget?: string, over?: boolean];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`);
const time = (f: () => unknown, runs: number) => {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    t.push(performance.now() - start);
  }
  return median(t);
};

/** A Home Assistant style debug log: requests with session ids and passwords, responses, noise. */
export function realisticLog(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const ts = `2026-11-20 03:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}`;
    const line =
      i % 4 === 0
        ? `${ts} DEBUG (MainThread) [synology_dsm.synology_dsm] Request url: https://nas.local:5001/webapi/entry.cgi?api=SYNO.FileStation.List&version=2&method=list&_sid=Sid${i}xYz&SynoToken=Tok${i}`
        : i % 4 === 1
          ? `${ts} DEBUG (MainThread) [synology_dsm.synology_dsm] RESPONSE: {'success': False, 'error': {'code': ${i % 8 === 1 ? 119 : 408}}}`
          : i % 4 === 2
            ? `${ts} DEBUG (MainThread) [synology_dsm.synology_dsm] login params: {'account': 'admin', 'passwd': u'Pw ${i}!#$<>', 'otp_code': '${100000 + i}', 'device_id': 'Dev${i}'}`
            : `${ts} INFO (MainThread) [homeassistant.components.synology_dsm] Updating sensors for nas.local [coordinator] took 0.${i % 10}s`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

export async function robustness(browser: Browser, base: string): Promise<Row[]> {
  const rows: Row[] = [];
  const data = decoderData(buildCatalog(loadContent()));
  const share: Record<number, number> = {};
  const scrub: Record<number, number> = {};
  for (const mb of [1, 4]) {
    const log = realisticLog(mb * 1_048_576);
    const decoded = decode(log, data);
    share[mb] = time(() => buildShare(log, '', data, decoded), 3);
    scrub[mb] = time(() => redact(log), 3);
    rows.push([`Share link for a ${mb} MB debug log with secrets (decoded already; median of 3)`, ms(share[mb] ?? 0)]);
    rows.push([`Text scrub of a ${mb} MB debug log with secrets (median of 3)`, ms(scrub[mb] ?? 0)]);
  }
  rows.push(['Share link, 4 MB / 1 MB time ratio', ((share[4] ?? 0) / (share[1] || 1)).toFixed(2), 'about 4 (linear)', (share[4] ?? 0) / (share[1] || 1) > 6]);
  rows.push(['Text scrub, 4 MB / 1 MB time ratio', ((scrub[4] ?? 0) / (scrub[1] || 1)).toFixed(2), 'about 4 (linear)', (scrub[4] ?? 0) / (scrub[1] || 1) > 6]);
  const hostile = `${'passwd='.repeat(100_000)}\n${"'token': '".repeat(100_000)}\n${'-u '.repeat(100_000)}\n${'a'.repeat(1_000_000)}`;
  rows.push([`Text scrub of hostile input (${(hostile.length / 1_048_576).toFixed(1)} MiB of repeated keys, quotes, flags, letters; median of 3)`, ms(time(() => redact(hostile), 3))]);

  // A Python dict's opening followed by quote pairs made the JSON repair quadratic (over 30 s).
  const quotes = (n: number) => `{'code': 1, ${"' ".repeat(n / 2)}`;
  const trivial = (n: number) => 'x'.repeat(n);
  const q1 = time(() => decode(quotes(250_000), data), 3);
  const q4 = time(() => decode(quotes(1_000_000), data), 3);
  const t4 = time(() => decode(trivial(1_000_000), data), 3);
  rows.push(["Decode of {'code': 1, ' ' ' ' ... (1 MB; median of 3)", ms(q4)]);
  rows.push(['Same, 1 MB / 250 kB time ratio', (q4 / (q1 || 1)).toFixed(2), 'about 4 (linear)', q4 / (q1 || 1) > 8]);
  rows.push(['Same, against 1 MB of plain letters', (q4 / (t4 || 1)).toFixed(2), 'within 3x', q4 / (t4 || 1) > 3]);

  // The decode page opened with a 150 kB fragment, beside the same page opened plainly: until it
  // is ready for input, and from typing to the result.
  const fragment = `#input=${encodeURIComponent('{'.repeat(150_000))}`.slice(0, 150_000);
  for (const [label, hash] of [['plain', ''], ['with a 150 kB link', fragment]] as const) {
    const ready: number[] = [];
    const answer: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage();
      const start = Date.now();
      await page.goto(`${base}/decode/${hash}`);
      await page.getByRole('button', { name: 'Clear' }).and(page.locator(':enabled')).waitFor();
      ready.push(Date.now() - start);
      const typed = Date.now();
      await page.getByRole('textbox', { name: 'Paste what the NAS returned' }).fill('{"success":false,"error":{"code":106}}');
      await page.getByRole('heading', { level: 3, name: 'Common 106: Session timed out' }).waitFor();
      answer.push(Date.now() - typed);
      await page.close();
    }
    rows.push([`Decode page ${label}: load to ready for input (median of 3)`, ms(median(ready))]);
    rows.push([`Decode page ${label}: typing to the result (median of 3)`, ms(median(answer)), 'under 1 s', median(answer) > 1000]);
  }
  return rows;
}
