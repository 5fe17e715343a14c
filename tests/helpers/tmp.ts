/**
 * Temporary folders for tests, all inside the run's one folder (see tmp-root.ts), which is removed
 * when the run ends; a test may also remove its own earlier.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/node/content-files';

/** A new empty folder inside the run's temporary folder. */
export function scratch(prefix: string): string {
  const root = process.env['DSM_TEST_TMP'] ?? join(tmpdir(), 'dsm-tests-unmanaged');
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, `${prefix}-`));
}

/**
 * A project root for a build of other content: a copy of the project's sources and config, with
 * its packages linked, so that Astro writes its `.astro/` folder and its cache there and never into
 * the project's own. (Astro does not compile pages reached through a link, so `src` is copied.)
 */
export function scratchProject(): string {
  const dir = scratch('project');
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
