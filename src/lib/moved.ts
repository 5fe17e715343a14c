/**
 * Pages that moved when families were merged. Each old address keeps a small page that sends the
 * reader on (a meta refresh plus a plain link), is left out of the sitemap and points its
 * canonical URL at the new address. Paths are segments, joined with the base path by `joinBase`.
 */
export interface MovedPage {
  /** The old address, as path segments (`['core-hardware', 3712]`). */
  from: readonly (string | number)[];
  /** The new address, as path segments. */
  to: readonly (string | number)[];
  /** What the old page was, for the heading: "Core.Hardware 3712". */
  was: string;
  /** Why it moved, in a sentence. */
  why: string;
}

const coreHardware = 'Core.Hardware had a single code, 3712, which is one of the Control Panel codes DSM\u2019s own interface has a message for, so it is now part of the Control Panel family (SYNO.Core.*).';

export const movedPages: readonly MovedPage[] = [
  { from: ['core-hardware'], to: ['core'], was: 'Core.Hardware codes', why: coreHardware },
  { from: ['core-hardware', 3712], to: ['core', 3712], was: 'Core.Hardware 3712', why: coreHardware },
];

/** The route parameter of a moved page: its old segments joined by `/`. */
export const movedParam = (m: MovedPage) => m.from.map(String).join('/');
