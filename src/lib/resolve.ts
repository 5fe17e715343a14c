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
  note?: string | undefined;
  words?: readonly string[] | undefined;
  /** As a family's `sharesCommonBelow` (see `SharingRules`). */
  sharesCommonBelow: number;
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

/**
 * The rules a family (or an uncovered API) states in its content file about the codes it shares:
 * see `sharesCommonBelow` and `shared` in `namespaceSchema`. Every reader (the catalog's table
 * checks, the decoder, search) asks these functions rather than writing "below 400" again.
 */
export interface SharingRules {
  id: string;
  sharesCommonBelow: number;
  shared?: true | undefined;
}

/** The family whose codes every API shares (`shared: true` in its content file), if any. */
export function sharedFamily<F extends Pick<SharingRules, 'id' | 'shared'>>(families: readonly F[]): F | undefined {
  return families.find((f) => f.shared === true);
}

/**
 * Whether `code`, returned by an API of `owner`, is read as the shared family's code: it lies below
 * the owner's `sharesCommonBelow` and the owner does not define it itself (`defines`).
 */
export function sharesCode(owner: Pick<SharingRules, 'sharesCommonBelow' | 'shared'>, code: number, defines = false): boolean {
  return owner.shared !== true && !defines && code < owner.sharesCommonBelow;
}

/**
 * Which family explains `code` from an API no public table documents: a code it shares (below its
 * `sharesCommonBelow`) is the shared family's; any other is left unresolved, with a note that says
 * why and does not guess.
 */
export function resolveUncoveredCode(
  code: number,
  uncovered: Pick<UncoveredOwner, 'name' | 'apis' | 'sharesCommonBelow'>,
  shared: string | undefined,
): { family: string; note: null } | { family: null; note: string } {
  if (shared !== undefined && sharesCode(uncovered, code)) return { family: shared, note: null };
  return { family: null, note: uncoveredNote(code, uncovered) };
}

/** "No public table documents Synology Photos (SYNO.Foto.*): ..." */
export function uncoveredNote(code: number, uncovered: Pick<UncoveredOwner, 'name' | 'apis' | 'sharesCommonBelow'>): string {
  const patterns = uncovered.apis.join(', ');
  const below = uncovered.sharesCommonBelow > 0 ? ` Codes below ${uncovered.sharesCommonBelow} from it are the codes every API shares.` : '';
  return `No public table documents ${uncovered.name} (${patterns}), so ${code} is left unresolved rather than read as another API's code.${below}`;
}
