/**
 * npm run decode -- [--api NAME] [--json] [FILE]
 *
 * Decodes what a Synology NAS returned, read from FILE or standard input, with the same decoder
 * as the decode page. Exits 0 whenever it could read its input, whatever the input held; 2 for a
 * usage error, 1 for an unreadable file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCatalog } from '../lib/catalog';
import { decoderData } from '../lib/decoder/data';
import { decode } from '../lib/decoder/decode';
import { formatText } from '../lib/decoder/format';
import { loadContent } from '../node/content-files';

const usage = `Usage: npm run decode -- [--api NAME] [--json] [FILE]

Reads FILE, or standard input when no FILE is given, and explains every DSM error code in it.
  --api NAME   the API that was called (SYNO.FileStation.List, auth.cgi, ...), when the text does not say
  --json       print one JSON object instead of text
  --help       show this help
`;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let args: ReturnType<typeof parseArgs<{ options: { api: { type: 'string' }; json: { type: 'boolean' }; help: { type: 'boolean' } }; allowPositionals: true }>>;
try {
  args = parseArgs({
    options: { api: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)}\n\n${usage}`, 2);
}
if (args.values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
if (args.positionals.length > 1) fail(`Give at most one file; got ${args.positionals.length}: ${args.positionals.join(' ')}\n\n${usage}`, 2);
if (args.values.api !== undefined && args.values.api.trim() === '') fail(`--api needs an API name, such as SYNO.FileStation.List.\n\n${usage}`, 2);

const file = args.positionals[0];
let input: string;
try {
  input = readFileSync(file ?? 0, 'utf8');
} catch (e) {
  const reason = e instanceof Error && 'code' in e ? (e as NodeJS.ErrnoException).code : String(e);
  const what = reason === 'ENOENT' ? 'no such file' : reason === 'EISDIR' ? 'it is a folder' : reason === 'EACCES' ? 'permission denied' : reason;
  fail(`Cannot read ${file ?? 'standard input'}: ${what}.`, 1);
}

const data = decoderData(buildCatalog(loadContent()));
const result = decode(input, data, { api: args.values.api });
if (args.values.json) {
  const { api, findings, diagnosis } = result;
  process.stdout.write(
    `${JSON.stringify(
      {
        api,
        findings: findings.map((f) => ({ code: f.code, namespace: f.namespace, candidates: f.candidates, title: f.title, pointer: f.pointer, detail: f.detail, meanings: f.meanings, note: f.note })),
        diagnosis,
        recognised: result.recognised,
      },
      null,
      2,
    )}\n`,
  );
} else {
  process.stdout.write(formatText(result));
}
