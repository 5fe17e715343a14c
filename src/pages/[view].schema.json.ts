import type { APIRoute, GetStaticPaths } from 'astro';
import { viewJsonSchemas } from '../lib/views';
import { json } from '../site/export';

/** The JSON Schema of each file the site writes for its own scripts: /decoder-data.schema.json, ... */
export const getStaticPaths = (() => Object.entries(viewJsonSchemas()).map(([view, schema]) => ({ params: { view }, props: { schema } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => json((props as { schema: Record<string, unknown> }).schema);
