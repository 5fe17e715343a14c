import type { APIRoute } from 'astro';
import { getCatalog } from '../site/catalog';
import { searchRecords } from '../lib/search/query';
import { checked, searchView } from '../lib/views';

/** Every code's family and title, for exact-code answers in the search box. Shape: /search-index.schema.json. */
export const GET: APIRoute = async () => new Response(JSON.stringify(checked(searchView, searchRecords(await getCatalog()))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
