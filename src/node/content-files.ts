/**
 * The one way `content/` is read. Astro's collections (src/content.config.ts) load the family,
 * source, uncovered-API and table files through `readFolder` and `readTableFolder` below; the
 * command line, the package build and the tests load the whole folder through `loadContent`, which
 * uses the same readers and the same schemas. Code files keep Astro's Markdown/MDX loader (it
 * renders their bodies), and `frontMatter` here reads their front matter by the same rules: a
 * byte-order mark is dropped and CRLF line endings are read as LF, in every file.
 *
 * A site gate (tests/site/loader.test.ts) checks that both paths give the same export.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ZodType } from 'astro/zod';
import { codeSchema, libraryCodesSchema, namespaceSchema, sourceSchema, tableRowSchema, uncoveredSchema, type TableRowData } from '../lib/schema';
import type { CatalogInput, RawEntry } from '../lib/catalog';
import { parseTable, rowId } from '../lib/tables';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** A content file's text: UTF-8 without a byte-order mark, every line ending LF. */
export function readText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path, ext);
      return ext.test(name) ? [path] : [];
    });
}

/** The YAML front matter of a Markdown file (`---` lines around it), as Astro reads it. */
export function frontMatter(text: string): unknown {
  const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text.replace(/\r\n?/g, '\n'));
  return m ? parse(m[1] ?? '') : {};
}

/** How a content file's path is shown in messages: relative to the project, as contributors see it. */
const shown = (path: string) => relative(projectRoot, path);

/** One parsed-but-unchecked file of a folder: its id (path without extension), path and raw data. */
export interface RawFile {
  id: string;
  filePath: string;
  raw: unknown;
}

/** Every `*.yaml` file of a folder (the families, sources, uncovered APIs), parsed but not yet checked. */
export function readFolder(dir: string): RawFile[] {
  if (!existsSync(dir)) return [];
  return files(dir, /\.ya?ml$/).map((path) => ({ id: relative(dir, path).replace(/\.[^.]+$/, ''), filePath: shown(path), raw: parse(readText(path)) }));
}

/** Every row of every `tables/<source>.tsv`, unchecked, with the problems found in the files' layout. */
export function readTableFolder(dir: string): { rows: RawFile[]; problems: string[] } {
  const rows: RawFile[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { rows, problems };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort()) {
    const parsed = parseTable(readText(join(dir, name)), name.replace(/\.tsv$/, ''), `content/tables/${name}`);
    problems.push(...parsed.problems);
    for (const row of parsed.rows) {
      const id = rowId({ source: String(row['source']), code: Number(row['code']), table: String(row['table']) });
      rows.push({ id: `${id}@${String(row['line'])}`, filePath: String(row['file']), raw: row });
    }
  }
  return { rows, problems };
}

function checkedFiles<T>(raw: readonly RawFile[], schema: ZodType<T>): RawEntry<T>[] {
  return raw.map((f) => {
    const result = schema.safeParse(f.raw);
    if (!result.success) throw new Error(`${f.filePath} › ${result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
    return { id: f.id, filePath: f.filePath, data: result.data };
  });
}

/** Every row of every `tables/<source>.tsv`, parsed with the same schema as the site's collection. */
export function loadTables(dir: string): RawEntry<TableRowData>[] {
  const { rows, problems } = readTableFolder(dir);
  if (problems.length > 0) throw new Error(`A source table is malformed:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix the lines named above and build again.`);
  return checkedFiles(rows, tableRowSchema).map((e) => ({ ...e, id: rowId(e.data) }));
}

export function loadContent(root = join(projectRoot, 'content')): CatalogInput {
  const codesDir = join(root, 'codes');
  return {
    tables: loadTables(join(root, 'tables')),
    namespaces: checkedFiles(readFolder(join(root, 'namespaces')), namespaceSchema),
    sources: checkedFiles(readFolder(join(root, 'sources')), sourceSchema),
    codes: checkedFiles(
      files(codesDir, /\.mdx?$/).map((path) => ({ id: relative(codesDir, path).replace(/\.[^.]+$/, ''), filePath: shown(path), raw: frontMatter(readText(path)) })),
      codeSchema,
    ),
    uncovered: checkedFiles(readFolder(join(root, 'uncovered')), uncoveredSchema),
    libraryCodes: checkedFiles(readFolder(join(root, 'library-codes')), libraryCodesSchema),
  };
}
