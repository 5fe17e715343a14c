/**
 * dsm-errors: the package's command.
 *
 *   dsm-errors CODE [--api NAME] [--json]            what CODE means (in that API's family)
 *   dsm-errors decode [--api NAME] [--json] [FILE|-]  every code in a response or log
 *
 * Exit codes: 0 something found, 1 nothing found, 2 a usage error or an unreadable file.
 */
import { parseArgs } from 'node:util';
import { formatText } from '../lib/decoder/format';
import { parseCode } from '../lib/lookup';
import { codes, dataVersion, decode, lookup } from './index';
import type { LookupResult } from './public-types';
import { fail, quietOnClosedPipe, readInput } from '../node/cli-io';

const usage = `Usage:
  dsm-errors CODE [--api NAME] [--json]
  dsm-errors decode [--api NAME] [--json] [FILE | -]

  dsm-errors 408                                 every family's meaning of 408
  dsm-errors 408 --api SYNO.FileStation.CopyMove the meaning for that API (a .cgi path works too)
  dsm-errors decode response.json                every DSM error code in a response or log
  some-command 2>&1 | dsm-errors decode -        the same, from standard input (UTF-8 or UTF-16)

Options:
  --api NAME   the API that was called (SYNO.FileStation.List, auth.cgi, ...)
  --json       print JSON instead of text
  --version    print the package's data version
  --help       show this help

Exit codes: 0 found, 1 nothing found, 2 usage error or unreadable file.
`;

// A closed pipe (dsm-errors decode big.log | head) is the reader being done, not an error.
quietOnClosedPipe(2);

const options = { api: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' }, version: { type: 'boolean' } } as const;
let args: { values: { api?: string | undefined; json?: boolean | undefined; help?: boolean | undefined; version?: boolean | undefined }; positionals: string[] };
try {
  args = parseArgs({ options, allowPositionals: true });
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)}\n\n${usage}`, 2);
}
const { values, positionals } = args;
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
if (values.version) {
  process.stdout.write(`${dataVersion}\n`);
  process.exit(0);
}
if (values.api !== undefined && values.api.trim() === '') fail(`--api needs an API name, such as SYNO.FileStation.List.\n\n${usage}`, 2);
const out = (text: string) => process.stdout.write(text);

function lookupText(r: LookupResult): string {
  const lines: string[] = [];
  if (r.matches.length === 0) {
    lines.push(`No family in this reference defines ${r.code}${r.api ? ` (asked for ${r.api})` : ''}.`);
    if (r.note) lines.push(r.note);
    return `${lines.join('\n')}\n`;
  }
  if (r.family && r.reason) lines.push(r.reason);
  if (r.note) lines.push(r.note);
  if (r.matches.length > 1 && !r.note) lines.push(`${r.code} means different things in different families; give --api to pick one.`);
  const names = new Map(codes().families.map((f) => [f.id, f.name]));
  for (const m of r.matches) {
    if (lines.length > 0) lines.push('');
    lines.push(`${m.code}  ${names.get(m.namespace) ?? m.namespace} ${m.code}: ${m.title}${m.api ? ` (returned by ${m.api})` : ''}`);
    lines.push(`    What it means: ${m.explanation}`);
    lines.push(`    What to do: ${m.action}`);
    for (const p of m.prints) lines.push(`    Beware: ${p.source} prints "${p.text}" for it. ${p.why}`);
    lines.push(`    ${m.url}`);
  }
  if (r.matches.length > 1 && r.url) lines.push('', `Side by side: ${r.url}`);
  return `${lines.join('\n')}\n`;
}

const [first, ...rest] = positionals;
if (first === 'decode') {
  if (rest.length > 1) fail(`Give at most one file; got ${rest.length}: ${rest.join(' ')}\n\n${usage}`, 2);
  const given = rest[0];
  const file = given === '-' ? undefined : given;
  if (file === undefined && given === undefined && process.stdin.isTTY) fail(`dsm-errors decode reads a FILE, or standard input when given -.\n\n${usage}`, 2);
  const input = readInput(file, 2);
  const result = decode(input, values.api === undefined ? {} : { api: values.api });
  out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatText(result));
  // Found: a DSM code, a code named by its words, or a library's own number (each is an answer).
  process.exit(result.findings.length > 0 || result.named.length > 0 || result.library.length > 0 ? 0 : 1);
}

if (first === undefined) fail(`Give a code, such as dsm-errors 408, or decode FILE.\n\n${usage}`, 2);
if (rest.length > 0) fail(`Give one code; got ${positionals.join(' ')}.\n\n${usage}`, 2);
const code = parseCode(first);
if (code === undefined) fail(`"${first}" is not a DSM error code: give a whole number such as 408, or decode FILE to read a response.\n\n${usage}`, 2);
const result = lookup(code, values.api === undefined ? {} : { api: values.api });
out(values.json ? `${JSON.stringify({ dataVersion, ...result }, null, 2)}\n` : lookupText(result));
process.exit(result.matches.length > 0 ? 0 : 1);
