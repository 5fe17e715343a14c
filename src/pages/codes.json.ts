import type { APIRoute } from 'astro';
import { getCatalog } from '../site/catalog';
import { exportCodes } from '../lib/export';
import { exportPaths, json } from '../site/export';

/** Every family, source and code, for client libraries. Shape: /codes.schema.json. */
export const GET: APIRoute = async ({ site }) => json(exportCodes(await getCatalog(), exportPaths(site)));
