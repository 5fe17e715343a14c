/**
 * npm pack's `prepack` step: builds the `dsm-errors` package into dist-pkg/.
 *
 * - data/decoder.json: the decoder's data (the same view as the site's /decoder-data.json), the
 *   data version and the site's address;
 * - data/codes.json: the export, the same data as the site's /codes.json;
 * - index.js and cli.js: the library and the command, bundled with esbuild for Node 20 and newer
 *   (no dependencies at run time);
 * - index.d.ts and public-types.d.ts: the library's types.
 *
 * Every view comes from the catalog here, in one place, so the source of the views can change
 * without touching the package.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildCatalog } from '../lib/catalog';
import { decoderData } from '../lib/decoder/data';
import { codesExportSchema, exportCodes, EXPORT_SCHEMA_VERSION } from '../lib/export';
import { codePath, familyPath, joinBase, sourcePath } from '../lib/paths';
import { basePath, siteUrl } from '../lib/site-url';
import { checked, decoderView } from '../lib/views';
import type { PreparedMeta } from '../pkg/prepared';
import { DATA_FILES } from '../pkg/prepared';
import { loadContent, projectRoot } from './content-files';

export const packageDir = join(projectRoot, 'dist-pkg');

/** The package's two data files, from the catalog. Absolute links, as in /codes.json. */
export function packageData(env: Record<string, string | undefined> = process.env): { meta: PreparedMeta; codes: string } {
  const catalog = buildCatalog(loadContent());
  const base = basePath(env);
  const abs = (path: string) => new URL(path, siteUrl(env)).href;
  const exported = codesExportSchema.parse(
    exportCodes(catalog, { code: (ns, code) => abs(codePath(base, ns, code)), family: (ns) => abs(familyPath(base, ns)), sourceRow: (s, row) => abs(sourcePath(base, s, row)) }),
  );
  const codes = `${JSON.stringify(exported)}\n`;
  const dataVersion = `sha256-${createHash('sha256').update(codes).digest('hex').slice(0, 16)}`;
  return { meta: { dataVersion, schemaVersion: EXPORT_SCHEMA_VERSION, siteRoot: abs(joinBase(base)), decoder: checked(decoderView, decoderData(catalog)) }, codes };
}

async function main(): Promise<void> {
  rmSync(packageDir, { recursive: true, force: true });
  mkdirSync(join(packageDir, 'data'), { recursive: true });
  const { meta, codes } = packageData();
  writeFileSync(join(packageDir, 'data', DATA_FILES.meta), `${JSON.stringify(meta)}\n`);
  writeFileSync(join(packageDir, 'data', DATA_FILES.codes), codes);

  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' } as const;
  await build({ ...common, entryPoints: [join(projectRoot, 'src/pkg/index.ts')], outfile: join(packageDir, 'index.js') });
  await build({ ...common, entryPoints: [join(projectRoot, 'src/pkg/cli.ts')], outfile: join(packageDir, 'cli.js'), banner: { js: '#!/usr/bin/env node' } });

  // Types: emitted from the two files whose exports the package publishes (they import no zod).
  const tmp = mkdtempSync(join(tmpdir(), 'dsm-errors-types-'));
  try {
    const tsc = join(projectRoot, 'node_modules/.bin/tsc');
    const flags = ['--declaration', '--emitDeclarationOnly', '--skipLibCheck', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--types', 'node', '--outDir', tmp];
    execFileSync(tsc, [...flags, join(projectRoot, 'src/pkg/index.ts')], { cwd: projectRoot, stdio: 'inherit' });
    copyFileSync(join(tmp, 'pkg', 'index.d.ts'), join(packageDir, 'index.d.ts'));
    copyFileSync(join(tmp, 'pkg', 'public-types.d.ts'), join(packageDir, 'public-types.d.ts'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  process.stdout.write(`dist-pkg/: data version ${meta.dataVersion}, ${meta.decoder.families.length} families\n`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
