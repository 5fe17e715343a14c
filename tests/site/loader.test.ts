/**
 * One way to read content: what the build made from Astro's collections is exactly what the
 * command line, the package and the tests make from the same folder with src/node/content-files.ts.
 * If the two loaders ever read a file differently (line endings, YAML, front matter), this fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { decoderData } from '../../src/lib/decoder/data';
import { exportCodes } from '../../src/lib/export';
import { codePath, familyPath, sourcePath } from '../../src/lib/paths';
import { searchRecords } from '../../src/lib/search/query';
import { loadContent, projectRoot } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());
const built = (file: string): unknown => JSON.parse(readFileSync(join(projectRoot, 'dist', file), 'utf8'));
// The build's own site address (astro.config.mjs), which the export's URLs are made from.
const site = new URL(process.env['SITE_URL'] ?? 'https://dsm-errors.example.org');
const abs = (path: string) => new URL(path, site).href;

describe('the build and the Node loader read content/ the same way', () => {
  it('the export', () => {
    const paths = { code: (ns: string, code: number) => abs(codePath('/', ns, code)), family: (ns: string) => abs(familyPath('/', ns)), sourceRow: (source: string, row: string) => abs(sourcePath('/', source, row)) };
    expect(built('codes.json')).toEqual(exportCodes(catalog, paths));
  });
  it("the decoder's data and the search data", () => {
    expect(built('decoder-data.json')).toEqual(decoderData(catalog));
    expect(built('search-index.json')).toEqual(searchRecords(catalog));
  });
});
