/**
 * The share link's fragment: its size limit and how an opened link is read. Kept apart from
 * share.ts so the decode page can read a link without loading the decoder.
 */

/** The longest fragment a share link may have, in characters (after URL encoding). */
export const MAX_FRAGMENT = 16_384;
/** The marks put in place of removed values start with this. */
export const REMOVED_PREFIX = '\u00abremoved: ';

export const kb = (chars: number): string => `${Math.ceil(chars / 1024)} kB`;

/** The first API name (SYNO.x.y) or CGI path in the API field, scanned without a regular expression that could backtrack. */
export function apiFieldName(field: string): string {
  const t = field.trim();
  if (/^SYNO\.[A-Za-z0-9_.]{1,120}$/.test(t) || /^[A-Za-z0-9_/]{1,120}\.cgi$/.test(t)) return t;
  const at = t.indexOf('SYNO.');
  if (at === -1) return '';
  let end = at + 5;
  while (end < t.length && end - at < 125 && /[A-Za-z0-9_.]/.test(t[end] ?? '')) end++;
  return t.slice(at, end).replace(/\.+$/, '');
}

export type OpenedShare = { input: string; api: string } | { error: string };

/**
 * What a link's fragment carries, read with the same limit as a link is made with. Returns null
 * when the fragment is not a share link.
 */
export function readFragment(hash: string): OpenedShare | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return null;
  if (raw.length > MAX_FRAGMENT) {
    return {
      error: `This link was not opened: it carries ${kb(raw.length)}, over the ${kb(MAX_FRAGMENT)} a share link may hold, and links made on this page are never longer. Paste the response itself instead.`,
    };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { error: 'This link was not opened: its fragment is not a share link made on this page.' };
  }
  const input = params.get('input');
  if (input === null) return null;
  return { input, api: apiFieldName(params.get('api') ?? '') };
}
