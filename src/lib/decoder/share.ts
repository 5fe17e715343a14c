/**
 * The decode page's share-link payload: the pasted text (secrets removed) and the API name, in
 * the URL fragment, so the text never reaches a server. The decode page writes it, the search box
 * writes it for "Decode this", and the decode page reads it back (`input`, `api`).
 */
import { redactSecrets } from './redact';

/** The fragment (without `#`) that opens the decode page on `input`, secrets removed. */
export function shareFragment(input: string, api?: string): string {
  const params = new URLSearchParams();
  params.set('input', redactSecrets(input));
  const name = api?.trim();
  if (name) params.set('api', name);
  return params.toString();
}
