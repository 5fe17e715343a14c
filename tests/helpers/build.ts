/**
 * The real `astro build`, run on other content (a broken fixture, a scratch copy of content/) in a
 * scratch project root, so it never writes into the project's own `.astro/`, cache or `dist/`.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/node/content-files';
import { scratchProject } from './tmp';

const run = promisify(execFile);

export interface BuildResult {
  ok: boolean;
  /** What the build printed (stdout and stderr). */
  output: string;
  /** Where the site was written. */
  outDir: string;
}

export async function buildSite(contentDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const root = scratchProject();
  const outDir = join(root, 'dist');
  try {
    const { stdout, stderr } = await run(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--root', root, '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, ...env, DSM_CONTENT_DIR: contentDir, DSM_CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, outDir };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}`, outDir };
  }
}
