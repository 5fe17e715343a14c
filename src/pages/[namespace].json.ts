import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../site/catalog';
import { exportFamilyData } from '../lib/export';
import { familyRoutes } from '../lib/routes';
import { exportPaths, json } from '../site/export';

export const getStaticPaths = (async () => familyRoutes(await getCatalog())) satisfies GetStaticPaths;

/** One family's codes and the sources they cite. Shape: /family.schema.json. */
export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  const namespace = catalog.namespace(params['namespace'] ?? '');
  if (!namespace) return new Response('No such family', { status: 404 });
  return json(exportFamilyData(catalog, namespace, exportPaths(site)));
};
