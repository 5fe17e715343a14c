import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, CatalogError } from '../../src/lib/catalog';
import { reservedSegments } from '../../src/lib/routes';
import { loadContent, projectRoot } from '../../src/node/content-files';
import { problemsOf, validFiles, writeFixture } from '../helpers/fixture';


const code400 = validFiles['codes/demo/400.md'] ?? '';

describe('buildCatalog rejects inconsistent content, naming file and field', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('two files for one (family, code)', () => {
    const problems = problemsOf({ 'codes/demo/400-copy.md': code400 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/codes\/demo\/400(-copy)?\.md › code: demo 400 is already defined in .*codes\/demo\/400(-copy)?\.md/);
  });

  it('an unknown family', () => {
    const [p] = problemsOf({ 'codes/demo/400.md': code400.replace('namespace: demo', 'namespace: demos') });
    expect(p).toMatch(/codes\/demo\/400\.md › namespace: unknown family "demos"; known families: demo/);
  });

  it('an unknown source in a citation', () => {
    const [p] = problemsOf({ 'codes/demo/400.md': code400.replace('source: guide', 'source: guid') });
    expect(p).toMatch(/codes\/demo\/400\.md › sources\[0\]\.source: unknown source "guid"; known sources: guide, tables/);
  });

  it("an unknown source in a family's list", () => {
    const [p] = problemsOf({ 'namespaces/demo.yaml': (validFiles['namespaces/demo.yaml'] ?? '').replace('[guide]', '[guide, nope]') });
    expect(p).toMatch(/namespaces\/demo\.yaml › sources\[1\]: unknown source "nope"/);
  });

  it("a code outside its family's ranges", () => {
    const [p] = problemsOf({ 'codes/demo/400.md': code400.replace('code: 400', 'code: 399') });
    expect(p).toMatch(/codes\/demo\/400\.md › code: 399 is outside the ranges of family "demo" \(400-499\)/);
  });

  it('a related code or meaningAt that does not exist', () => {
    const text = (validFiles['codes/demo/401.md'] ?? '').replace('related: [400]', 'related: [402]').replace('meaningAt: 400', 'meaningAt: 499');
    const problems = problemsOf({ 'codes/demo/401.md': text });
    expect(problems).toEqual([
      expect.stringMatching(/codes\/demo\/401\.md › related\[0\]: demo 402 does not exist$/),
      expect.stringMatching(/codes\/demo\/401\.md › sources\[1\]\.meaningAt: demo 499 does not exist$/),
    ]);
  });

  it('a title that does not follow the highest-ranked source', () => {
    const [p] = problemsOf({ 'codes/demo/400.md': code400.replace('agrees: "yes"', 'agrees: "no"') });
    expect(p).toMatch(/codes\/demo\/400\.md › title: the title must follow the highest-ranked source \("guide"\)/);
  });

  it('two sources with one rank', () => {
    const [p] = problemsOf({ 'sources/tables.yaml': (validFiles['sources/tables.yaml'] ?? '').replace('rank: 99', 'rank: 1') });
    expect(p).toMatch(/sources\/(tables|guide)\.yaml › rank: rank 1 is already held by/);
  });

  it('reports every problem at once, in a message that says what to do', () => {
    try {
      buildCatalog(loadContent(writeFixture({
        'codes/demo/400.md': code400.replace('source: guide', 'source: y'),
        'namespaces/demo.yaml': (validFiles['namespaces/demo.yaml'] ?? '').replace('[guide]', '[guide, nope]'),
      })));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CatalogError);
      const message = (e as Error).message;
      expect(message).toMatch(/^The content is inconsistent \(2 problems\):/);
      expect(message).toMatch(/Fix the files named above and build again\.$/);
    }
  });
});

describe('areas: a large family groups its codes, and every code names its area', () => {
  const demoNs = validFiles['namespaces/demo.yaml'] ?? '';
  const code401 = validFiles['codes/demo/401.md'] ?? '';
  const withAreas = `${demoNs}areas:
  - id: certificates
    name: Certificates
    summary: Importing and renewing certificates.
    advice: Check the certificate files.
  - id: shares
    name: Shared folders
    summary: Creating and editing shared folders.
    advice: Check the folder name.
`;
  const inArea = (text: string, area: string, extra = '') => text.replace('category:', `area: ${area}\n${extra}category:`);

  it('accepts a family whose codes all name one of its areas, generic or not', () => {
    expect(problemsOf({
      'namespaces/demo.yaml': withAreas,
      'codes/demo/400.md': inArea(code400, 'certificates', 'generic: true\n'),
      'codes/demo/401.md': inArea(code401, 'shares'),
    })).toEqual([]);
  });

  it('a code without an area in a family that has areas', () => {
    const problems = problemsOf({ 'namespaces/demo.yaml': withAreas, 'codes/demo/401.md': inArea(code401, 'shares') });
    expect(problems).toEqual([
      expect.stringMatching(/codes\/demo\/400\.md › area: family "demo" groups its codes by area, so this code needs one; known areas: certificates, shares$/),
    ]);
  });

  it('an area the family does not define', () => {
    const problems = problemsOf({
      'namespaces/demo.yaml': withAreas,
      'codes/demo/400.md': inArea(code400, 'certificate'),
      'codes/demo/401.md': inArea(code401, 'shares'),
    });
    expect(problems).toEqual([
      expect.stringMatching(/codes\/demo\/400\.md › area: unknown area "certificate" in family "demo"; known areas: certificates, shares$/),
    ]);
  });

  it('an area on a code whose family has no areas', () => {
    const [p, ...rest] = problemsOf({ 'codes/demo/400.md': inArea(code400, 'shares') });
    expect(rest).toEqual([]);
    expect(p).toMatch(/codes\/demo\/400\.md › area: family "demo" has no areas, so its codes take no area/);
  });

  it('two areas with one id', () => {
    const twice = `${withAreas}  - id: shares
    name: Shares again
    summary: A duplicate.
    advice: None.
`;
    const problems = problemsOf({
      'namespaces/demo.yaml': twice,
      'codes/demo/400.md': inArea(code400, 'certificates'),
      'codes/demo/401.md': inArea(code401, 'shares'),
    });
    expect(problems).toEqual([
      expect.stringMatching(/namespaces\/demo\.yaml › areas\[2\]\.id: area "shares" is already defined at areas\[1\]; area ids must be unique/),
    ]);
  });

  it('generic on a code without an area', () => {
    const problems = problemsOf({ 'codes/demo/400.md': code400.replace('category:', 'generic: true\ncategory:') });
    expect(problems).toEqual([expect.stringMatching(/codes\/demo\/400\.md › generic: only a code with an area can be generic/)]);
  });

  it('an area id that is not a slug fails the schema, naming the field', () => {
    expect(() => problemsOf({ 'namespaces/demo.yaml': withAreas.replace('id: shares', 'id: Shared Folders') })).toThrow(
      /namespaces\/demo\.yaml › areas\.1\.id: areas\[\]\.id must be a lowercase slug/,
    );
  });
});

describe('uncovered APIs', () => {
  const photos = `id: photos
name: Demo Photos
apis: ["SYNO.DemoPhotos.*"]
note: No public table documents it.
`;
  it('are read from content/uncovered and exposed by the catalog', () => {
    const catalog = buildCatalog(loadContent(writeFixture({ 'uncovered/photos.yaml': photos })));
    expect(catalog.uncovered.map((u) => u.id)).toEqual(['photos']);
    expect(catalog.resolveApi('SYNO.DemoPhotos.Browse')).toMatchObject({ kind: 'uncovered', uncovered: { name: 'Demo Photos' } });
  });
  it('may not claim a pattern a family already covers', () => {
    expect(problemsOf({ 'uncovered/photos.yaml': photos.replace('SYNO.DemoPhotos.*', 'SYNO.Demo.*') })).toEqual([
      expect.stringMatching(/uncovered\/photos\.yaml › apis\[0\]: "SYNO\.Demo\.\*" is a pattern of the family in .*namespaces\/demo\.yaml/),
    ]);
  });
  it('must match their file name', () => {
    expect(problemsOf({ 'uncovered/pictures.yaml': photos })).toEqual([
      expect.stringMatching(/uncovered\/pictures\.yaml › id: "photos" must match the file name \("pictures"\)/),
    ]);
  });
});

describe('family rules and addresses', () => {
  it('a family id that is one of the site\'s own addresses', () => {
    const search = (validFiles['namespaces/demo.yaml'] ?? '').replace('id: demo', 'id: search');
    expect(problemsOf({ 'namespaces/demo.yaml': null, 'namespaces/search.yaml': search, 'codes/demo/400.md': null, 'codes/demo/401.md': null })).toContainEqual(
      expect.stringMatching(/namespaces\/search\.yaml › id: "search" is the address of one of the site's own pages \(\/search\/\)/),
    );
  });
  it('two families that both hold the codes every API shares', () => {
    const other = (validFiles['namespaces/demo.yaml'] ?? '').replace('id: demo', 'id: other').replace('SYNO.Demo.*', 'SYNO.Other.*').replace('order: 1', 'order: 2');
    expect(problemsOf({ 'namespaces/demo.yaml': `${validFiles['namespaces/demo.yaml'] ?? ''}shared: true\n`, 'namespaces/other.yaml': `${other}shared: true\n` })).toEqual([
      expect.stringMatching(/namespaces\/other\.yaml › shared: only one family can hold the codes every API shares/),
    ]);
  });
  it('the rules default to sharing the codes below 400, with no words', () => {
    const catalog = buildCatalog(loadContent(writeFixture({})));
    expect(catalog.namespace('demo')).toMatchObject({ sharesCommonBelow: 400, words: [] });
    expect(catalog.shared).toBeUndefined();
  });
  it("the addresses a family id may not take are exactly the site's own first path segments", () => {
    const pages = readdirSync(join(projectRoot, 'src/pages'))
      .filter((name) => !name.startsWith('[') && name !== 'index.astro')
      .map((name) => name.split('.')[0] ?? name);
    // Written by the build beside the pages: Pagefind's folder and the list of pages it indexed.
    const generated = ['pagefind', 'search-pages'];
    expect([...new Set([...pages, ...generated])].sort()).toEqual([...reservedSegments].sort());
  });
});

describe("a DSM version's own table (a source with versionTable) dates codes and is never cited", () => {
  const versionSource = `id: dsm-old
name: Old DSM's table
title: webapierrorcode.js
publisher: Synology Inc.
edition: "6.2"
date: "2020"
kind: synology-code
rank: 50
covers: The codes an old DSM knew.
versionTable:
  version: "DSM 6.2"
  families: [demo]
`;
  const versionTable = (codes: number[]) => `code\tscope\ttable\twording\twhere\n${codes.map((c) => `${c}\tSYNO.Demo.*\tcore\t\tdump.js`).join('\n')}\n`;

  it('marks the codes of its families that it lacks, and only those', () => {
    const root = writeFixture({ 'sources/dsm-old.yaml': versionSource, 'tables/dsm-old.tsv': versionTable([400]) });
    try {
      const catalog = buildCatalog(loadContent(root));
      expect(catalog.absentFrom(catalog.entry('demo', 400)!)).toEqual([]);
      expect(catalog.absentFrom(catalog.entry('demo', 401)!).map((a) => a.version)).toEqual(['DSM 6.2']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it('a row of it whose code has no page', () => {
    expect(problemsOf({ 'sources/dsm-old.yaml': versionSource, 'tables/dsm-old.tsv': versionTable([400, 402]) })).toEqual([
      expect.stringMatching(/tables\/dsm-old\.tsv › line 3: DSM 6\.2's table lists 402 for SYNO\.Demo\.\*, but family "demo" has no page for it; add content\/codes\/demo\/402\.md/),
    ]);
  });
  it('a citation of it', () => {
    const cited = code400.replace('    agrees: "yes"\n---', '    agrees: "yes"\n  - source: dsm-old\n    agrees: "yes"\n---');
    expect(problemsOf({ 'sources/dsm-old.yaml': versionSource, 'tables/dsm-old.tsv': versionTable([400, 401]), 'codes/demo/400.md': cited })).toEqual([
      expect.stringMatching(/codes\/demo\/400\.md › sources\[1\]\.source: dsm-old is DSM 6\.2's own table, which dates codes and is never cited/),
    ]);
  });
  it('an unknown family in it', () => {
    expect(problemsOf({ 'sources/dsm-old.yaml': versionSource.replace('[demo]', '[demos]'), 'tables/dsm-old.tsv': versionTable([400, 401]) })).toEqual([
      expect.stringMatching(/sources\/dsm-old\.yaml › versionTable\.families\[0\]: unknown family "demos"/),
    ]);
  });
});
