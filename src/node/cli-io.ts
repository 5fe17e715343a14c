/**
 * What both commands (`npm run decode` and the package's `dsm-errors`) do with their output and
 * their errors: a closed pipe (`... | head`) is the reader being done, not an error; any other
 * write error, and every usage error, says what happened on standard error and exits.
 */

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
