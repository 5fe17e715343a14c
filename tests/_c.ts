import { readFileSync } from 'node:fs';
import { buildCatalog } from '../src/lib/catalog';
import { decoderData } from '../src/lib/decoder/data';
import { scorePaste, type Paste } from './fixtures/pastes/corpus';
import { decode } from '../src/lib/decoder/decode';
import { loadContent } from '../src/node/content-files';
const data = decoderData(buildCatalog(loadContent()));
const cases = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Paste[];
for (const p of cases) { const r = decode(p.text, data, { api: p.api ?? undefined }); const s = scorePaste(data, p, r); console.log(p.id, s.found + '/' + s.expected, s.rightFamily, JSON.stringify(s.misses), JSON.stringify(s.falseCodes), r.findings.length ? '' : (r.diagnosis ?? '').slice(0, 80)); }
