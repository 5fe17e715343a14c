/**
 * API name -> family. Each family lists API-name patterns (`SYNO.FileStation.*`); the most
 * specific matching pattern wins, so a family for `SYNO.DownloadStation.BTSearch` can sit beside
 * one for `SYNO.DownloadStation.*`.
 */

export interface PatternOwner {
  id: string;
  apis: readonly string[];
}

/**
 * A glob (`*` = any run of characters) as a case-insensitive regular expression; `suffix` lets
 * it match the end of a longer path (`FileStation/*.cgi` in `/webapi/FileStation/file_share.cgi`).
 */
export function globToRegExp(pattern: string, suffix = false): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join(suffix ? '[^/]*' : '.*');
  return new RegExp(`${suffix ? '(?:^|/)' : '^'}${body}$`, 'i');
}

/** Literal characters outrank wildcards: `SYNO.FileStation.Upload` beats `SYNO.FileStation.*`. */
function specificity(pattern: string): number {
  return pattern.replace(/\*/g, '').length * 2 - (pattern.includes('*') ? 1 : 0);
}

export interface Resolution {
  family: string;
  pattern: string;
}

/** The family that covers `api`, or undefined when none does. Case-insensitive. */
export function resolveFamily(api: string, families: readonly PatternOwner[]): Resolution | undefined {
  const name = api.trim();
  if (name === '') return undefined;
  let best: (Resolution & { score: number }) | undefined;
  for (const f of families) {
    for (const pattern of f.apis) {
      if (!globToRegExp(pattern).test(name)) continue;
      const score = specificity(pattern);
      if (!best || score > best.score) best = { family: f.id, pattern, score };
    }
  }
  return best && { family: best.family, pattern: best.pattern };
}

/** An API that no public table documents (content/uncovered/): a name, its patterns, a note. */
export interface UncoveredOwner extends PatternOwner {
  name: string;
  note?: string;
  /** Phrases that name the product in a message ("Hyper Backup"). */
  words?: string[];
}

/** What an API name resolves to: a family, an API no public table documents, or nothing. */
export type ApiResolution =
  | { kind: 'family'; family: string; pattern: string }
  | { kind: 'uncovered'; uncovered: UncoveredOwner; pattern: string };

/**
 * Like `resolveFamily`, but an uncovered API's pattern competes too: `SYNO.Foto.*` beats the
 * common family's `SYNO.*`, so a Synology Photos code is not read as a common or another
 * family's code. On equal specificity the family wins.
 */
export function resolveApi(
  api: string,
  families: readonly PatternOwner[],
  uncovered: readonly UncoveredOwner[] = [],
): ApiResolution | undefined {
  const family = resolveFamily(api, families);
  const name = api.trim();
  let best: { owner: UncoveredOwner; pattern: string; score: number } | undefined;
  if (name !== '') {
    for (const u of uncovered) {
      for (const pattern of u.apis) {
        if (!globToRegExp(pattern).test(name)) continue;
        const score = specificity(pattern);
        if (!best || score > best.score) best = { owner: u, pattern, score };
      }
    }
  }
  if (best && (!family || best.score > specificity(family.pattern))) {
    return { kind: 'uncovered', uncovered: best.owner, pattern: best.pattern };
  }
  return family && { kind: 'family', family: family.family, pattern: family.pattern };
}

/** Codes below this are shared by every API (the common family). */
export const SHARED_CODES_BELOW = 400;
export const COMMON_FAMILY = 'common';

/**
 * Which family explains `code` from an API no public table documents: a code below 400 is a
 * common code; any other is left unresolved, with a note that says why and does not guess.
 */
export function resolveUncoveredCode(
  code: number,
  uncovered: Pick<UncoveredOwner, 'name' | 'apis'>,
): { family: string; note: null } | { family: null; note: string } {
  if (code < SHARED_CODES_BELOW) return { family: COMMON_FAMILY, note: null };
  return { family: null, note: uncoveredNote(code, uncovered) };
}

/** "No public table documents Synology Photos (SYNO.Foto.*): ..." */
export function uncoveredNote(code: number, uncovered: Pick<UncoveredOwner, 'name' | 'apis'>): string {
  const patterns = uncovered.apis.join(', ');
  return `No public table documents ${uncovered.name} (${patterns}), so ${code} is left unresolved rather than read as another API's code. Codes below ${SHARED_CODES_BELOW} from it are the codes every API shares.`;
}
