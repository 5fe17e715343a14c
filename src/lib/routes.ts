/** The static routes the catalog produces. Params are strings, as Astro expects. */
import type { Catalog, CodeEntry, Namespace } from './catalog';
import { sharedNumbers, type SharedNumber } from './compare';

/**
 * The first path segments the site's own pages and files take (`/search/`, `/codes.json`, ...).
 * A family's id is also its first path segment, so a family named like one of these would hide
 * that page: the catalog refuses it. A unit test keeps this list equal to `src/pages/`.
 */
export const reservedSegments = [
  '404',
  'codes',
  'compare',
  'decode',
  'decoder-data',
  'disagreements',
  'family',
  'for-tools',
  'http-statuses',
  'libraries',
  'lookup',
  'pagefind',
  'robots',
  'search',
  'search-index',
  'search-pages',
  'sources',
] as const;

export function familyRoutes(catalog: Catalog): { params: { namespace: string }; props: { namespace: Namespace } }[] {
  return catalog.namespaces.map((namespace) => ({ params: { namespace: namespace.id }, props: { namespace } }));
}

export function codeRoutes(
  catalog: Catalog,
): { params: { namespace: string; code: string }; props: { namespace: Namespace; entry: CodeEntry } }[] {
  return catalog.namespaces.flatMap((namespace) =>
    catalog.codes(namespace.id).map((entry) => ({
      params: { namespace: namespace.id, code: String(entry.code) },
      props: { namespace, entry },
    })),
  );
}

export function compareRoutes(catalog: Catalog): { params: { code: string }; props: { shared: SharedNumber } }[] {
  return sharedNumbers(catalog).map((shared) => ({ params: { code: String(shared.code) }, props: { shared } }));
}
