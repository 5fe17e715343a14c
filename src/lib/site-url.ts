/**
 * Where the site is published: SITE_URL (default below) and BASE_PATH (default `/`). The site's
 * build and the package's prepared data both read them here, so the package's links are the
 * site's.
 */
export const DEFAULT_SITE_URL = 'https://dsm-errors.example.org';

export function siteUrl(env: Record<string, string | undefined>): string {
  return env['SITE_URL'] ?? DEFAULT_SITE_URL;
}

export function basePath(env: Record<string, string | undefined>): string {
  return env['BASE_PATH'] ?? '/';
}
