import type { APIRoute } from 'astro';
import { fileUrl } from '../lib/paths';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(fileUrl(import.meta.env.BASE_URL, 'sitemap-index.xml'), site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
