/**
 * The one place where Astro's collections become the catalog. Pages call `getCatalog()`; the
 * first call checks the whole content and fails the build with every problem it finds.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, type Catalog, type RawEntry } from '../lib/catalog';

let cached: Promise<Catalog> | undefined;

function raw<T>(e: { id: string; filePath?: string | undefined; data: T }, collection: string): RawEntry<T> {
  return { id: e.id, filePath: e.filePath ?? `content/${collection}/${e.id}`, data: e.data };
}

export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const [namespaces, sources, codes, tables, uncovered, libraryCodes] = await Promise.all([
      getCollection('namespaces'),
      getCollection('sources'),
      getCollection('codes'),
      getCollection('tables'),
      getCollection('uncovered'),
      getCollection('libraryCodes'),
    ]);
    return buildCatalog({
      tables: tables.map((e) => ({ id: e.id, filePath: e.data.file, data: e.data })),
      namespaces: namespaces.map((e) => raw(e, 'namespaces')),
      sources: sources.map((e) => raw(e, 'sources')),
      codes: codes.map((e) => raw(e, 'codes')),
      uncovered: uncovered.map((e) => raw(e, 'uncovered')),
      libraryCodes: libraryCodes.map((e) => raw(e, 'library-codes')),
    });
  })();
  return cached;
}

/** The collection entry behind a code, for rendering its optional body. */
export async function getCodeEntry(id: string): Promise<CollectionEntry<'codes'> | undefined> {
  const codes = await getCollection('codes');
  return codes.find((c) => c.id === id);
}
