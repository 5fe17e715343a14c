import type { APIRoute } from 'astro';
import { getCatalog } from '../site/catalog';
import { searchRecords } from '../lib/search/query';

/** Every code's family and title, for exact-code answers in the search box. */
export const GET: APIRoute = async () => new Response(JSON.stringify(searchRecords(await getCatalog())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
