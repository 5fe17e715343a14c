/** The static routes the catalog produces. Params are strings, as Astro expects. */
import type { Catalog, CodeEntry, Namespace } from './catalog';
import { sharedNumbers, type SharedNumber } from './compare';

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
