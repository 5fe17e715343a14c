/**
 * The package's data, prepared when the package is packed (src/node/package-data.ts) and read
 * from the files beside the bundle: no content/ is read at run time. The decoder's data loads on
 * first use; the full export (the same as /codes.json) only when an answer needs it.
 */
import { readFileSync } from 'node:fs';
import type { DecoderData } from '../lib/decoder/data';
import type { CodesExport } from './public-types';

/** The first file: what the decoder and lookup need, and what the data is. */
export interface PreparedMeta {
  /** A digest of the export: changes whenever any code, family or source changes. */
  dataVersion: string;
  schemaVersion: 1;
  /** The site's root address, base path included, ending in `/`. */
  siteRoot: string;
  decoder: DecoderData;
}

export const DATA_FILES = { meta: 'decoder.json', codes: 'codes.json' } as const;

let meta: PreparedMeta | undefined;
let codes: CodesExport | undefined;
/** The data files sit in `data/` beside the bundle. */
const folder = new URL('./data/', import.meta.url);

function read<T>(name: string): T {
  try {
    return JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as T;
  } catch (e) {
    throw new Error(`dsm-errors cannot read its data file ${new URL(name, folder).pathname} (${e instanceof Error ? e.message : String(e)}). Reinstall the package; in a clone, run npm pack (its prepack step writes the data).`);
  }
}

export const preparedMeta = (): PreparedMeta => (meta ??= read<PreparedMeta>(DATA_FILES.meta));
export const preparedCodes = (): CodesExport => (codes ??= read<CodesExport>(DATA_FILES.codes));
