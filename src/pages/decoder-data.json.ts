import type { APIRoute } from 'astro';
import { decoderData } from '../lib/decoder/data';
import { checked, decoderView } from '../lib/views';
import { getCatalog } from '../site/catalog';

/**
 * What the decoder knows (families, codes, wordings, API names), fetched by the decode page's
 * Worker when the first paste arrives, so the page itself stays small. Nothing is sent with it.
 * Shape: /decoder-data.schema.json.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(checked(decoderView, decoderData(await getCatalog()))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
