/**
 * Secrets that a paste can carry: passwords, one-time codes, session ids, tokens, device ids and
 * cookies. The decode page warns when it sees one and removes them all from share links.
 */

/** Parameter and field names whose values are secret. Matched case-insensitively, whole names. */
export const secretNames = ['passwd', 'password', 'otp_code', 'sid', '_sid', 'synotoken', 'token', 'device_id', 'did', 'cookie', 'set-cookie'] as const;

const names = secretNames.map((n) => n.replace(/[-_]/g, (c) => `\\${c}`)).join('|');
const MASK = '(removed)';

/** Each way a name/value pair is written: `name=value`, `"name": "value"`, `'name': value`, `Name: value` headers. */
const patterns: RegExp[] = [
  // Headers: the whole value up to the end of the line (cookies carry several pairs).
  new RegExp(String.raw`(^|[\r\n]|\s)((?:set-)?cookie)(\s*:\s*)([^\r\n]*)`, 'gi'),
  new RegExp(String.raw`(^|[^A-Za-z0-9_])(${names})(\\*["']?\s*:\s*\\*["'])((?:\\.|[^"'\\])*)`, 'gi'),
  new RegExp(String.raw`(^|[^A-Za-z0-9_])(${names})(\\*["']?\s*:\s*)(-?[0-9A-Za-z_.-]+)`, 'gi'),
  new RegExp(String.raw`(^|[^A-Za-z0-9_])(${names})(=)([^&\s"'<>]*)`, 'gi'),
];

/** Names of the secrets present, each once, in the order first seen. */
export function findSecrets(text: string): string[] {
  const found = new Set<string>();
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const value = m[4] ?? '';
      if (value !== '' && value !== MASK) found.add((m[2] ?? '').toLowerCase());
    }
  }
  return [...found];
}

/** The text with every secret value replaced by "(removed)"; everything else is kept. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const re of patterns) out = out.replace(re, (_m, pre: string, name: string, sep: string, value: string) => (value === '' ? `${pre}${name}${sep}${value}` : `${pre}${name}${sep}${MASK}`));
  return out;
}
