import type { APIRoute } from 'astro';
import { exportJsonSchemas } from '../lib/export';
import { json } from '../site/export';

export const GET: APIRoute = () => json(exportJsonSchemas().codes);
