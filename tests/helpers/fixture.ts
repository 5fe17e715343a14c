/**
 * Builds small content folders for tests: one family, one source, one code, each of which a test
 * can break. Written as text so a test shows exactly what a contributor would have typed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildCatalog, CatalogError } from '../../src/lib/catalog';
import { loadContent } from '../../src/node/content-files';
import { scratch } from './tmp';

export const validFiles: Record<string, string> = {
  'namespaces/demo.yaml': `id: demo
name: Demo
title: Demo (SYNO.Demo.*)
apis: ["SYNO.Demo.*"]
ranges: [{ from: 400, to: 499 }]
summary: A family for tests.
sources: [guide]
order: 1
`,
  'sources/guide.yaml': `id: guide
name: Demo guide
title: Demo Official API
publisher: Synology Inc.
edition: "1.0"
date: "2020"
kind: official-guide
rank: 1
covers: Demo codes.
`,
  'sources/tables.yaml': `id: tables
name: Circulating tables
title: Tables
publisher: Unknown
edition: "1"
date: "2026"
kind: original-tables
rank: 99
covers: Demo codes, sometimes wrongly.
`,
  // Each cited source's own table; "all" lets any family of a test cite the rows.
  'tables/guide.tsv': `code\tscope\ttable\twording\twhere
400\tall\tDemo error codes\tSomething failed\tdemo-guide.pdf p.1
401\tall\tDemo error codes\tSomething else failed\tdemo-guide.pdf p.1
`,
  'tables/tables.tsv': `code\tscope\ttable\twording\twhere
401\tall\tDemo table\tDisk full\ttables.md
`,
  'codes/demo/400.md': `---
code: 400
namespace: demo
title: Something failed
category: internal
summary: It failed.
action: Try again.
sources:
  - source: guide
    says: Something failed
    agrees: "yes"
---
`,
  'codes/demo/401.md': `---
code: 401
namespace: demo
title: Something else failed
category: internal
summary: It failed differently.
action: Try again later.
sources:
  - source: guide
    says: Something else failed
    agrees: "yes"
  - source: tables
    says: Disk full
    agrees: "no"
    meaningAt: 400
related: [400]
---
`,
};

/** Writes the valid fixture with `changes` applied (null deletes a file) and returns its folder. */
export function writeFixture(changes: Record<string, string | null> = {}): string {
  const root = scratch('content');
  const files = { ...validFiles, ...changes };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

/** The problems the catalog reports for the valid fixture with `changes` applied (none: []). */
export function problemsOf(changes: Record<string, string | null>): string[] {
  try {
    buildCatalog(loadContent(writeFixture(changes)));
  } catch (e) {
    if (e instanceof CatalogError) return [...e.problems];
    throw e;
  }
  return [];
}
