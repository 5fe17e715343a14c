/**
 * Each family's codes as its sources list them, written by hand from the guides and libraries
 * (see README, "Sources"), so the data tests compare the content with an independent list. The
 * Control Panel family's 547 codes come from DSM's own UI strings, kept in the repo as a table
 * (content/tables/dsm-ui-strings.tsv), read here independently of the code pages.
 */
import { parseTable } from '../../src/lib/tables';
import { readFileSync } from 'node:fs';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export interface ExpectedFamily {
  /** Codes an official guide documents (or, where no guide copy exists, several libraries agree on). */
  documented: number[];
  /** Codes the guide reserves that a library gives a meaning to. */
  reserved?: number[];
  /** Codes only one library lists, without a source that could be read. */
  uncertain?: number[];
  /** Codes no table lists, seen in real responses. */
  observed?: number[];
}

/** One row of DSM's UI error strings for SYNO.Core.*: the code, its English text, go-synology's string id. */
export interface UiStringRow {
  code: number;
  text: string;
  id: string;
}

/** A table file of content/tables, read with the project's own parser. */
export function tableRows(source: string): { code: number; scope: string; wording: string; where: string }[] {
  const file = `content/tables/${source}.tsv`;
  return parseTable(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), source, file).rows.map((r) => ({
    code: Number(r.code),
    scope: String(r.scope),
    wording: String(r.wording),
    where: String(r.where),
  }));
}

/** The rows of content/tables/dsm-ui-strings.tsv: `where` holds go-synology's UI string id when it gives one. */
export const dsmUiStrings: UiStringRow[] = tableRows('dsm-ui-strings').map((r) => ({
  code: r.code,
  text: r.wording,
  id: /^(?:[a-z0-9_]+ - )?[a-z0-9_]+$/i.test(r.where) ? r.where : '',
}));

/** Photo Station 6's codes from nullvoidptr/syno-photostation-api (constant names only), by sub-API. */
const photoStation = [
  406, 407, 408, 409, 410, // Auth
  ...range(416, 425), 426, 427, // Album, Permission
  ...range(436, 442), ...range(446, 451), 456, 457, 458, // Tag, SmartAlbum, Photo
  ...range(466, 473), ...range(476, 487), 491, 492, 493, // PhotoTag, Category, Comment
  ...range(501, 504), 506, 507, 508, ...range(516, 522), // Thumb, Download, File
  ...range(526, 530), 531, 532, ...range(536, 541), 546, 547, // Cover, Rotate, SlideshowMusic, DsmShare
  ...range(551, 557), 561, 566, 571, 572, 581, 582, 583, // SharedAlbum, Log, PATH, ACL, AdvancedShare
];

/** DSM 6.2.3's PkgManApp.js codes that the DSM 7 strings lack (package-center-codes.tsv of the December 2026 audit). */
export const dsm623Core = {
  documented: [4523, 4524, 4525, 4526, 4527, 4528, 4537, 4538, 4546, 4547, 4552, 4556, 4560, 4562, 4582, 4583, 4584],
  uncertain: [4505, 4536],
};

/** Package Center's installer numbers (150-319) of package-center-codes.tsv, with the status each gets. */
export const packageCenterInstaller: ExpectedFamily = {
  documented: [150, 259, 260, 261, 263, 267, 268, 277, 279, 281, 283, 284, 285, 288, 289, 290, 291, 292, 293, 302, 303],
  uncertain: [276, 297],
  observed: [278, 313, 319],
};

/**
 * Numbers package-center-codes.tsv lists that have no page, each with the reason recorded in the
 * family's leftOutCodes (0 cannot be: it is no code number at all, and the family's leftOut text says so).
 */
export const packageCenterLeftOut: Record<number, { family: string; source: string }> = {
  287: { family: 'package-center', source: 'dsm623-package-center' },
  255: { family: 'package-center', source: 'package-reports' },
  273: { family: 'package-center', source: 'package-reports' },
};

export const expectedFamilies: Record<string, ExpectedFamily> = {
  // DSM Login guide: 100-119 and 150, with 112 and 113 reserved; go-synology's UI-string codes.
  // 120 and 160: the Calendar guide's codes "for all WebAPIs" (p.10), with libraries and real responses.
  common: { documented: [...range(100, 111), ...range(114, 120), 150, 160], reserved: [112, 113, 122, 123, 124, 125, 126, 127], uncertain: [164, 165],
    // Seen on a live DSM 7.4 NAS (2 on SYNO.Core.ActionPriv; 121, which Synology's SDK names NO_MATCH_LIB_ENTRY).
    observed: [2, 121] },
  // DSM Login guide 400-404, 406-410; 405 and 411 only in the Surveillance Station guide.
  auth: { documented: range(400, 411) },
  // File Station guide: file-operation codes, then the per-API codes.
  filestation: {
    documented: [
      ...range(400, 421), 599,
      800, 801, 802, 900,
      1000, 1001, 1002, 1003, 1004, 1006, 1007,
      1100, 1101, 1200, 1300, 1301,
      ...range(1400, 1405), ...range(1800, 1805),
      2000, 2001, 2002,
    ],
    // mcp-synology alone: SYNO.FileStation.Search 600.
    uncertain: [600],
  },
  // Download Station guide, SYNO.DownloadStation.Task and BTSearch.
  downloadstation: { documented: range(400, 408) },
  'downloadstation-btsearch': { documented: range(400, 405) },
  // Surveillance Station Web API v3.3, and v3.10 for 543-567; FHEM-only codes; SynoAI-only codes (406-457).
  surveillancestation: {
    documented: [400, 401, 402, 403, 404, 405, 407, 412, 413, 414, 415, 417, 418, 419, 439, 446, 522, 534, 543, 548, ...range(553, 558), ...range(560, 564), 567],
    uncertain: [406, 410, 416, 424, 440, 441, 448, 450, 457, 502],
  },
  // synology-api (citing the VMM guide), go-synology and vmm-export agree; py-synologydsm-api alone for 400 and 939.
  virtualization: { documented: [401, 402, 403, 404, 500, 501, 600, 601, 700, ...range(900, 911), 1000, 1001, 1400, 1600], uncertain: [400, 939] },
  // Calendar API guide: file-operation codes (p.11), and 117, the one common code it words differently (p.10).
  calendar: { documented: [117, ...range(400, 421), 599] },
  // FHEM and synochat (411 alone); 115 and 800 only in real reports.
  chat: { documented: [], uncertain: [100, 101, 102, 117, 120, 404, 407, 409, 410, 411], observed: [115, 800] },
  // DSM's own UI strings: every row of the table, 3712 included, which was Core.Hardware's only code.
  // Rows with empty text only have a string id, so those codes are uncertain. 1055 (Home Assistant),
  // 2370 and 3300 (synology-csi) are in no table, only in real reports.
  // DSM 6.2.3's Package Center script (PkgManApp.js) adds 45xx codes the DSM 7 strings lack; 4505 (context of use
  // unknown) and 4536 (its UI strings are not in the 6.2.3 text file) are uncertain. The observed codes come from
  // public reports and the DSM 7.4 probe (4571 also has DSM 6.2.3's Package Center behaviour).
  core: {
    documented: [...dsmUiStrings.filter((r) => r.text !== '').map((r) => r.code), ...dsm623Core.documented],
    uncertain: [...dsmUiStrings.filter((r) => r.text === '').map((r) => r.code), ...dsm623Core.uncertain],
    observed: [1055, 2370, 3300, 1000, 1005, 2624, 2701, 3201, 3600, 3794, 4203, 4571, 4731, 5403],
  },
  // (core also: 3101, 3103, 4151 and 5701 from the Terraform provider's hardware-checked table, below.)
  // Package Center's installer: the numbers DSM 6.2.3's libsynopkg maps to UI text (297 shares 285's text, so what
  // tells them apart is uncertain), and the numbers only public reports show (276: a packager's notes, no DSM text).
  'package-center': packageCenterInstaller,
  // One library, constant names only.
  photostation: { documented: [], uncertain: photoStation },
  // go-synology's 2102; its other Docker rows are FileStation copies.
  'container-manager': { documented: [], uncertain: [2102], observed: [2104] },
  // synology-csi (Synology's own driver) backs nine; synology-api and democratic-csi the rest; 18990831 seen by a DSM 7.4 probe.
  'core-iscsi': {
    documented: [18990002, 18990500, 18990531, 18990532, 18990538, 18990541, 18990542, 18990543, 18990744],
    uncertain: [18990004, 18990318, 18990327, 18990501, 18990502, 18990503, 18990505, 18990619, 18990622, 18990635, 18990700, 18990702, 18990708, 18990710, 18990722, 18990724, 18990745],
    observed: [18990831],
  },
  // Photo StatLr (620, 641, 803) and PhotoMigrator (609); no guide.
  'synology-photos': { documented: [], uncertain: [609, 620, 641, 803] },
};
// One library (the Terraform provider, which says it checked them on hardware): uncertain.
expectedFamilies.core?.uncertain?.push(3101, 3103, 4151, 5701);

export const allCodes = (f: ExpectedFamily) => [...f.documented, ...(f.reserved ?? []), ...(f.uncertain ?? []), ...(f.observed ?? [])].sort((a, b) => a - b);

/** Numbers two or more families define, from the lists above. */
export function expectedShared(): Map<number, string[]> {
  const by = new Map<number, string[]>();
  for (const [ns, f] of Object.entries(expectedFamilies)) for (const c of allCodes(f)) by.set(c, [...(by.get(c) ?? []), ns]);
  return new Map([...by].filter(([, fams]) => fams.length > 1).sort((a, b) => a[0] - b[0]));
}
