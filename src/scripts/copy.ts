/**
 * Copy buttons: a `<button data-copy="id" hidden>` copies the text of `[data-copy-source="id"]`.
 * The buttons stay hidden until this script runs (and where the browser has no clipboard), so
 * without JavaScript the text is simply there to select.
 */
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.querySelector<HTMLElement>(`[data-copy-source="${CSS.escape(button.dataset['copy'] ?? '')}"]`);
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(source.textContent ?? '').then(
      () => {
        if (copyStatus) copyStatus.textContent = 'Copied the response to the clipboard.';
      },
      () => {
        if (copyStatus) copyStatus.textContent = 'The browser did not allow copying: select the text and copy it yourself.';
      },
    );
  });
}
