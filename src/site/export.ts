/** Helpers for the JSON endpoints: absolute URLs (the export is used off-site) and the response. */
import { codePath, familyPath, sourcePath } from '../lib/paths';

export function exportPaths(site: URL | undefined): { code(namespace: string, code: number): string; family(namespace: string): string; sourceRow(source: string, rowId: string): string } {
  const base = import.meta.env.BASE_URL;
  const abs = (path: string) => (site ? new URL(path, site).href : path);
  return { code: (ns, code) => abs(codePath(base, ns, code)), family: (ns) => abs(familyPath(base, ns)), sourceRow: (source, row) => abs(sourcePath(base, source, row)) };
}

export function json(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
