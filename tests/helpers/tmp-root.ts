/**
 * Vitest's global setup: one temporary folder for the whole run, removed at the end, so a test run
 * leaves the temporary directory as it found it. Tests make their folders inside it with
 * `scratch()` (tests/helpers/tmp.ts); the workers find it through DSM_TEST_TMP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'dsm-tests-'));
  process.env['DSM_TEST_TMP'] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
