/**
 * Reads a content folder from disk the way the site's collections do (YAML files, Markdown front
 * matter) and parses it with the same schemas. Node only: the command-line decoder and the data
 * tests use it; the site gets the same content through Astro's collections.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ZodType } from 'astro/zod';
import { codeSchema, libraryCodesSchema, namespaceSchema, sourceSchema, tableRowSchema, uncoveredSchema, type TableRowData } from '../lib/schema';
import type { CatalogInput, RawEntry } from '../lib/catalog';
import { parseTable, rowId } from '../lib/tables';

export const projectRoot = join(import.meta.dirname, '..', '..');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

function frontMatter(text: string): unknown {
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  return m ? parse(m[1] ?? '') : {};
}

function load<T>(dir: string, ext: RegExp, schema: ZodType<T>, read: (text: string) => unknown): RawEntry<T>[] {
  return files(dir, ext).map((path) => {
    const filePath = relative(projectRoot, path);
    const result = schema.safeParse(read(readFileSync(path, 'utf8')));
    if (!result.success) throw new Error(`${filePath} › ${result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
    return { id: relative(dir, path).replace(/\.[^.]+$/, ''), filePath, data: result.data };
  });
}

/** Every row of every `tables/<source>.tsv`, parsed with the same schema as the site's collection. */
export function loadTables(dir: string): RawEntry<TableRowData>[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = relative(projectRoot, join(dir, name));
    const parsed = parseTable(readFileSync(join(dir, name), 'utf8'), name.replace(/\.tsv$/, ''), `content/tables/${name}`);
    if (parsed.problems.length > 0) throw new Error(parsed.problems.join('\n'));
    return parsed.rows.map((raw) => {
      const result = tableRowSchema.safeParse(raw);
      if (!result.success) throw new Error(`${file} › line ${String(raw.line)}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { id: rowId(result.data), filePath: file, data: result.data };
    });
  });
}

export function loadContent(root = join(projectRoot, 'content')): CatalogInput {
  return {
    tables: loadTables(join(root, 'tables')),
    namespaces: load(join(root, 'namespaces'), /\.yaml$/, namespaceSchema, parse),
    sources: load(join(root, 'sources'), /\.yaml$/, sourceSchema, parse),
    codes: load(join(root, 'codes'), /\.mdx?$/, codeSchema, frontMatter),
    uncovered: existsSync(join(root, 'uncovered')) ? load(join(root, 'uncovered'), /\.yaml$/, uncoveredSchema, parse) : [],
    libraryCodes: existsSync(join(root, 'library-codes')) ? load(join(root, 'library-codes'), /\.yaml$/, libraryCodesSchema, parse) : [],
  };
}
