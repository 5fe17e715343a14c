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
