/**
 * What both commands (`npm run decode` and the package's `dsm-errors`) do with their output and
 * their errors: a closed pipe (`... | head`) is the reader being done, not an error; any other
 * write error, and every usage error, says what happened on standard error and exits.
 */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../lib/decoder/text-bytes';

/** Exits quietly (0) when the reader of standard output goes away; `code` for any other write error. */
export function quietOnClosedPipe(code: number): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`Cannot write the output: ${e.message}.\n`);
    process.exit(code);
  });
}

/** Writes `message` to standard error and exits with `code`. */
export function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/**
 * The text of FILE, or of standard input when `file` is undefined, as UTF-8 or UTF-16 (see
 * text-bytes.ts). An unreadable file says why and what to do, and exits with `code`.
 */
export function readInput(file: string | undefined, code: number): string {
  try {
    return decodeBytes(readFileSync(file ?? 0));
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? (e as NodeJS.ErrnoException).code : String(e);
    const what = reason === 'ENOENT' ? 'no such file' : reason === 'EISDIR' ? 'it is a folder' : reason === 'EACCES' ? 'permission denied' : reason;
    return fail(`Cannot read ${file ?? 'standard input'}: ${what}. Give the path of a readable text file, or - to read standard input.`, code);
  }
}
