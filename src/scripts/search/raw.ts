/** The pasted text behind a search field, line breaks kept. Tiny: the header loads it up front. */

/**
 * Keeps the text of the last paste with its line breaks, which a search field drops from its
 * value; `raw()` returns it while the field still holds exactly that paste, else the value.
 */
export function trackPaste(input: HTMLInputElement): () => string {
  let pasted = '';
  const squash = (s: string) => s.replace(/\s+/g, '');
  input.addEventListener('paste', (e) => {
    pasted = e.clipboardData?.getData('text/plain') ?? '';
  });
  return () => (pasted !== '' && squash(pasted) === squash(input.value) ? pasted : input.value);
}
