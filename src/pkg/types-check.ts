/**
 * Compile-time proof that the package's published types (public-types.ts) are the source's own:
 * the export's zod schema and the decoder's result. `astro check` / `tsc` fails here when they drift.
 * Nothing here runs.
 */
import type { DecodeResult as SourceDecodeResult } from '../lib/decoder/decode';
import type { CodesExport as SourceCodesExport } from '../lib/export';
import type { Category as SourceCategory, Status as SourceStatus } from '../lib/schema';
import type { CodesExport, DecodeResult, Category, Status } from './public-types';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const codesExportMatches: Equals<CodesExport, SourceCodesExport> = true;
export const categoriesMatch: Equals<Category, SourceCategory> = true;
export const statusesMatch: Equals<Status, SourceStatus> = true;
/** The decoder's own result type is assignable to the published one, field by field. */
export const decodeResultMatches: SourceDecodeResult extends DecodeResult ? (DecodeResult extends SourceDecodeResult ? true : false) : false = true;
