/**
 * npm run decode -- [--api NAME] [--json] [FILE | -]
 *
 * Decodes what a Synology NAS returned, read from FILE or standard input ("-" or no FILE), with
 * the same decoder as the decode page. Reads UTF-8 and UTF-16 (either byte order, with or without
 * a byte-order mark). Exits 0 whenever it could read its input, whatever the input held, and also
 * when the reader of its output goes away (`| head`); 2 for a usage error, 1 for an unreadable file.
 */
import { parseArgs } from 'node:util';
import { buildCatalog } from '../lib/catalog';
import { decoderData } from '../lib/decoder/data';
import { decode } from '../lib/decoder/decode';
import { formatText } from '../lib/decoder/format';
import { loadContent } from '../node/content-files';
import { fail, quietOnClosedPipe, readInput } from '../node/cli-io';

const usage = `Usage: npm run decode -- [--api NAME] [--json] [FILE | -]

Reads FILE, or standard input when FILE is "-" or not given, and explains every DSM error code
in it. The text may be UTF-8 or UTF-16 (as Windows PowerShell writes it).
  --api NAME   the API that was called (SYNO.FileStation.List, auth.cgi, ...), when the text does not say
  --json       print one JSON object instead of text
  --help       show this help
`;

// A closed pipe (npm run decode -- big.log | head) is the reader being done, not an error.
quietOnClosedPipe(1);

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

const given = args.positionals[0];
const file = given === '-' ? undefined : given;
const input = readInput(file, 1);

// DSM_CONTENT_DIR reads another content folder, as the site's build does.
const data = decoderData(buildCatalog(loadContent(process.env['DSM_CONTENT_DIR'])));
const result = decode(input, data, { api: args.values.api });
if (args.values.json) {
  const { api, findings, diagnosis, named } = result;
  process.stdout.write(
    `${JSON.stringify(
      {
        api,
        findings: findings.map((f) => ({ code: f.code, namespace: f.namespace, candidates: f.candidates, title: f.title, place: { line: f.place.line, column: f.place.column, pointer: f.place.pointer }, detail: f.detail, meanings: f.meanings, note: f.note, from: f.from, familyReason: f.familyReason })),
        named,
        library: result.library,
        httpStatus: result.httpStatus,
        cutOff: result.cutOff,
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
