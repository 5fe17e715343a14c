/**
 * Every internal link is built here, from the site's base path, so the site works when it is
 * served from a sub-folder (`/dsm-errors/`).
 */

/** Joins a base (`/` or `/dsm-errors/`) with path segments into a directory URL ending in `/`. */
export function joinBase(base: string, ...segments: (string | number)[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = segments
    .map((s) => String(s).replace(/^\/+|\/+$/g, ''))
    .filter((s) => s !== '')
    .map((s) => `${s}/`)
    .join('');
  return root + rest;
}

export const familyPath = (base: string, namespace: string) => joinBase(base, namespace);
export const codePath = (base: string, namespace: string, code: number) => joinBase(base, namespace, code);

/** A heading id that stays the same across builds: lowercase words joined by hyphens. */
export function anchorId(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A file under the base path (`/dsm-errors/favicon.svg`): no trailing slash. */
export function fileUrl(base: string, file: string): string {
  return joinBase(base) + file.replace(/^\/+/, '');
}

/** A source's page, listing every row of its table; `anchor` is a row id on it. */
export const sourcePath = (base: string, source: string, anchor?: string) => joinBase(base, 'sources', source) + (anchor ? `#${anchor}` : '');

export const comparePath = (base: string, code?: number) => (code === undefined ? joinBase(base, 'compare') : joinBase(base, 'compare', code));

/** The heading of an area on its family page (`#area-certificates`). */
export const areaAnchor = (area: string) => `area-${area}`;
/** The advice shared by an area's codes, on its family page (`#area-certificates-advice`). */
export const areaAdviceAnchor = (area: string) => `area-${area}-advice`;
/** A link to an area on its family page. */
export const areaPath = (base: string, namespace: string, area: string, advice = false) =>
  `${familyPath(base, namespace)}#${advice ? areaAdviceAnchor(area) : areaAnchor(area)}`;

/** The index of client libraries' own numbers (not DSM codes). */
export const librariesPath = (base: string) => joinBase(base, 'libraries');
/** One library's own number (`/libraries/py-synologydsm-api/-2/`). */
export const libraryCodePath = (base: string, library: string, code: number) => joinBase(base, 'libraries', library, code);
/** The page on HTTP statuses the NAS's web server answers with instead of DSM. */
export const httpStatusesPath = (base: string) => joinBase(base, 'http-statuses');
/** The same page as the views carry it: under the site root, without the base (`http-statuses/`). */
export const HTTP_STATUSES_PAGE = httpStatusesPath('').replace(/^\//, '');
