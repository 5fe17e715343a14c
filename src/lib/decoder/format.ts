/** The decoder's result as plain text, for the command line. */
import type { DecodeResult, Finding } from './decode';

/** "at line 2, column 1, /error/errors/0/code" from a finding's place. */
export function where(f: { place: Pick<Finding['place'], 'line' | 'column' | 'pointer'> }): string {
  const { line, column, pointer } = f.place;
  return `at line ${line}, column ${column}${pointer ? `, ${pointer}` : ''}`;
}

/** "path: /video/a.mkv, reason: type" from a finding's detail. */
export function detailText(detail: Record<string, unknown> | null, separator = ', '): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(separator);
}

export function formatText(result: DecodeResult): string {
  const lines: string[] = [];
  if (result.api) lines.push(`API: ${result.api}`);
  if (result.recognised.length) lines.push(`Read as: ${result.recognised.join(', ')}`);
  if (result.findings.length === 0) {
    lines.push(result.successes > 0 ? 'No error: the response reports success.' : 'No DSM error code found.');
  } else {
    lines.push(`Found ${result.findings.length} code${result.findings.length === 1 ? '' : 's'}:`);
  }
  for (const f of result.findings) {
    lines.push('');
    const chosen = f.namespace ? f.meanings.find((m) => m.namespace === f.namespace) : undefined;
    const likely = chosen !== undefined && f.candidates.length > 0;
    lines.push(`  ${f.code}  ${chosen && f.title ? `${chosen.family} ${f.code}: ${f.title}${likely ? ' (likely)' : ''}` : f.meanings.length > 1 ? 'ambiguous: depends on the API' : 'undocumented'}`);
    lines.push(`        ${where(f)}${f.from === 'message' ? ", in a message's words" : ''}${f.detail ? ` (${detailText(f.detail)})` : ''}`);
    if (f.familyReason) lines.push(`        Why this family: ${f.familyReason}`);
    if (chosen) {
      lines.push(`        What to do: ${chosen.action}`);
      for (const m of f.meanings) if (m !== chosen) lines.push(`        Or, in ${m.family}: ${m.title}`);
    } else {
      for (const m of f.meanings) lines.push(`        In ${m.family}: ${m.title}`);
    }
    if (f.note) lines.push(`        ${f.note}`);
  }
  for (const l of result.library ?? []) {
    lines.push('', `  ${l.code}  ${l.libraryName}'s own number, not a DSM error code: ${l.meaning}`, `        ${where(l)}; raised as ${l.raisedAs}; see /${l.path}`);
  }
  if (result.diagnosis) lines.push('', result.diagnosis);
  if (result.httpStatus?.path) lines.push(`What HTTP statuses mean on a NAS: /${result.httpStatus.path}`);
  return `${lines.join('\n')}\n`;
}
