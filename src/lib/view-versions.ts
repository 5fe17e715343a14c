/**
 * The version of each file the build writes for programs (see src/lib/views.ts). Kept apart from
 * the schemas so that code shipped to browsers can check a version without loading zod. Raise a
 * number when the file's shape changes in a way that breaks a reader of the old shape.
 */
export const DECODER_DATA_VERSION = 1;
export const SEARCH_DATA_VERSION = 1;
export const SEARCH_PAGES_VERSION = 1;
