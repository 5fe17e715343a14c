/**
 * Each family's codes as its sources list them, written by hand from the guides and libraries
 * (see README, "Sources"), so the data tests compare the content with an independent list.
 */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export interface ExpectedFamily {
  /** Codes an official guide documents (or, where no guide copy exists, several libraries agree on). */
  documented: number[];
  /** Codes the guide reserves that a library gives a meaning to. */
  reserved?: number[];
  /** Codes only one library lists, without a source that could be read. */
  uncertain?: number[];
}

export const expectedFamilies: Record<string, ExpectedFamily> = {
  // DSM Login guide: 100-119 and 150, with 112 and 113 reserved; go-synology's UI-string codes.
  // 120 and 160: the Calendar guide's codes "for all WebAPIs" (p.10), with libraries and real responses.
  common: { documented: [...range(100, 111), ...range(114, 120), 150, 160], reserved: [112, 113, 122, 123, 124, 125, 126, 127], uncertain: [164, 165] },
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
  },
  // Download Station guide, SYNO.DownloadStation.Task and BTSearch.
  downloadstation: { documented: range(400, 408) },
  'downloadstation-btsearch': { documented: range(400, 405) },
  // Surveillance Station Web API v3.3; later codes from a newer guide only N4S4 cites, FHEM-only codes.
  surveillancestation: {
    documented: [400, 401, 402, 403, 404, 405, 407, 412, 413, 414, 415, 417, 418, 419, 439, 446, 522, 534],
    uncertain: [410, 502, 543, 548, 553, 554, 555, 556, 557, 558, 560, 561, 562, 563, 564, 567],
  },
  // synology-api (citing the VMM guide), go-synology and vmm-export agree; py-synologydsm-api alone for 400 and 939.
  virtualization: { documented: [401, 402, 403, 404, 500, 501, 600, 601, 700, ...range(900, 911), 1000, 1001, 1400, 1600], uncertain: [400, 939] },
  // Calendar API guide: file-operation codes (p.11), and 117, the one common code it words differently (p.10).
  calendar: { documented: [117, ...range(400, 421), 599] },
  chat: { documented: [], uncertain: [100, 101, 102, 117, 120, 404, 407, 409, 410] },
  'core-hardware': { documented: [3712] },
  'core-iscsi': {
    documented: [],
    uncertain: [18990004, 18990318, 18990327, 18990500, 18990501, 18990502, 18990503, 18990505, 18990531, 18990538, 18990619, 18990622, 18990700, 18990702, 18990710, 18990722, 18990724, 18990744, 18990745],
  },
};

export const allCodes = (f: ExpectedFamily) => [...f.documented, ...(f.reserved ?? []), ...(f.uncertain ?? [])].sort((a, b) => a - b);

/** Numbers two or more families define, from the lists above. */
export function expectedShared(): Map<number, string[]> {
  const by = new Map<number, string[]>();
  for (const [ns, f] of Object.entries(expectedFamilies)) for (const c of allCodes(f)) by.set(c, [...(by.get(c) ?? []), ns]);
  return new Map([...by].filter(([, fams]) => fams.length > 1).sort((a, b) => a[0] - b[0]));
}
