/**
 * A family added by content alone (a namespace file, its code files, its source and the source's
 * table) reaches every view: its pages, search, the decoder (data file and command line) and the
 * export, with no change under src/. One of its code files has CRLF line endings and a byte-order
 * mark, as an editor on Windows saves it. The build runs on a scratch copy of content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecoderData } from '../../src/lib/decoder/data';
import { decode } from '../../src/lib/decoder/decode';
import type { CodesExport } from '../../src/lib/export';
import type { SearchData } from '../../src/lib/search/query';
import { projectRoot } from '../../src/node/content-files';
import { buildSite, type BuildResult } from '../helpers/build';
import { scratch } from '../helpers/tmp';

const files: Record<string, string> = {
  'namespaces/demo-widgets.yaml': `id: demo-widgets
name: Widgets
title: Widgets (SYNO.DemoWidgets.*)
apis: ["SYNO.DemoWidgets.*"]
ranges: [{ from: 7700, to: 7799 }]
words: ["Widget Station"]
summary: A family that exists only in this test.
sources: [demo-widgets-guide]
order: 99
`,
  'sources/demo-widgets-guide.yaml': `id: demo-widgets-guide
name: Widgets guide
title: Widgets Web API Guide
publisher: Example Inc.
edition: "1.0"
date: "2026"
kind: official-guide
rank: 997
covers: Widget codes.
`,
  'tables/demo-widgets-guide.tsv': 'code\tscope\ttable\twording\twhere\n7701\tSYNO.DemoWidgets.*\tWidget error codes\tThe widget is jammed\tguide p.3\n7702\tSYNO.DemoWidgets.*\tWidget error codes\tThe widget ran out of sprockets\tguide p.3\n',
  'codes/demo-widgets/7701.md': `---
code: 7701
namespace: demo-widgets
title: The widget is jammed
category: busy
summary: The widget cannot turn.
action: Clear the jam and call again.
sources:
  - source: demo-widgets-guide
    says: The widget is jammed
    agrees: "yes"
---
`,
  // Saved on Windows: a byte-order mark and CRLF line endings.
  'codes/demo-widgets/7702.md': `\uFEFF---
code: 7702
namespace: demo-widgets
title: The widget ran out of sprockets
category: space
summary: The widget has no sprockets left.
action: Add sprockets.
sources:
  - source: demo-widgets-guide
    says: The widget ran out of sprockets
    agrees: "yes"
---
`.replace(/\n/g, '\r\n'),
};

let content = '';
let built: BuildResult;
const read = <T>(file: string): T => JSON.parse(readFileSync(join(built.outDir, file), 'utf8')) as T;

beforeAll(async () => {
  content = join(scratch('family'), 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(content, path, '..'), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  built = await buildSite(content);
}, 300_000);

describe('a family added by content alone', () => {
  it('builds, with its family page and a page per code (the CRLF file too)', () => {
    expect(built.output).toContain('page(s) built');
    expect(built.ok).toBe(true);
    const family = readFileSync(join(built.outDir, 'demo-widgets/index.html'), 'utf8');
    expect(family).toContain('Widgets (SYNO.DemoWidgets.*)');
    expect(readFileSync(join(built.outDir, 'demo-widgets/7702/index.html'), 'utf8')).toContain('The widget ran out of sprockets');
    expect(existsSync(join(built.outDir, 'demo-widgets.json'))).toBe(true);
  });
  it('is in search: the exact-code data and the full-text page list', () => {
    const search = read<SearchData>('search-index.json');
    expect(search.families.map((f) => f.id)).toContain('demo-widgets');
    expect(search.codes.filter((r) => r.namespace === 'demo-widgets').map((r) => r.code)).toEqual([7701, 7702]);
    const pages = read<{ pages: Record<string, [string, ...string[]]> }>('search-pages.json');
    expect(Object.values(pages.pages).map((p) => p[0])).toContain('/demo-widgets/7702/');
  });
  it('is in the export', () => {
    const all = read<CodesExport>('codes.json');
    expect(all.codes.filter((c) => c.namespace === 'demo-widgets').map((c) => [c.code, c.title])).toEqual([
      [7701, 'The widget is jammed'],
      [7702, 'The widget ran out of sprockets'],
    ]);
  });
  it("is in the decoder's data: by its API name and by the words that name it", () => {
    const data = read<DecoderData>('decoder-data.json');
    const byApi = decode('{"success":false,"error":{"code":7702}}', data, { api: 'SYNO.DemoWidgets.Spin' });
    expect(byApi.findings.map((f) => [f.code, f.namespace, f.title])).toEqual([[7702, 'demo-widgets', 'The widget ran out of sprockets']]);
    expect(data.families.find((f) => f.id === 'demo-widgets')?.words).toEqual(['Widget Station']);
  });
  it('is read by the command line from the same content folder', () => {
    const r = spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), [join(projectRoot, 'src/cli/decode.ts'), '--json', '--api', 'SYNO.DemoWidgets.Spin', '-'], {
      input: '{"success":false,"error":{"code":7701}}',
      env: { ...process.env, DSM_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { findings: { code: number; namespace: string }[] }).findings).toMatchObject([{ code: 7701, namespace: 'demo-widgets' }]);
  });
});
