/**
 * Codes written in a message's words rather than in a response: `error code: 402`,
 * `Error Code: "402"`, `code: 402 message: Permission denied`, `Error 402 - Denied permission`,
 * `failed with code: 402`, `API error code: 407`, `Reason: 160 - Unknown error`, `(error=402)`,
 * `[101] No parameter of API, method or version`, `404 message: ...`.
 *
 * Only candidates are found here; the decoder keeps one only when the text is about DSM. Numbers
 * that belong to something else are left out: HTTP statuses, curl's and WinHTTP's errors, exit
 * codes, gRPC codes, durations and sizes. Every pattern is anchored on a keyword or a bracket and
 * reads a bounded number of characters, so the scan is linear.
 */

export interface ProseCode {
  code: number;
  /** Offset of the number in the text. */
  offset: number;
  /** The words that carry it ("error code: 402"). */
  words: string;
  /** Joined to its reason by a dash (`120-None`), as Synology Chat clients log it. */
  dashed?: true;
}

const KEYWORD =
  /(?<![A-Za-z0-9_])(error[ _-]?code|errorcode|error|err|code|reason)(?![A-Za-z0-9_])(?:\\{0,2}["'])?[ \t]*(?:on[ \t]+[A-Za-z_]{1,40}[ \t]*)?(?:[:=][ \t]*)?(?:\\?["'[(][ \t]*)?(\d{3,8})(?![0-9]|[.:,][0-9])/gi;
/** `check failed: 408`, `login failed=402`. */
const FAILED = /(?<![A-Za-z0-9_])failed[ \t]*[:=][ \t]*(\d{3,8})(?![0-9]|[.:,][0-9])/gi;
/** A code joined to its reason by a dash, as Python chat and notification libraries log it: `120-None`, `404-invalid token`. */
const DASHED = /(?<![A-Za-z0-9_.:/-])(\d{3,8})-(?=None\b|[A-Za-z]{2,}[ \t]+[A-Za-z]|[\u00c0-\uffff])/g;
/** The word just before a dashed number that makes it a port, a build or a version. */
const DASHED_FOREIGN = /(?:port|build|version|ver|v|pid|rev|id|#)[ \t:=]*$/i;
/** A person quoting a code: "every call returns error 105", "I keep getting a 119", "it should have answered 402". */
const SAID =
  /(?<![A-Za-z0-9_])(?:returns?|returned|returning|gets?|getting|got|answer(?:s|ed|ing)?|respond(?:s|ed|ing)?(?:[ \t]+with)?|throws?|threw|gives?|gave|giving)[ \t]+(?:back[ \t]+)?(?:(?:an?|the)[ \t]+)?(?:(?:error|code)[ \t]+)?(\d{3,8})(?![0-9]|[.:,][0-9])/gi;
/** What follows a quoted number that makes it a count, not a code. */
const COUNT_AFTER = /^[ \t]*(?:rows?|items?|files?|times?|entries|results?|records?|lines?|users?|photos?|tasks?|folders?|objects?|errors?|requests?|calls?|hits?|of|out|x\b|%)/i;
/** HTTP statuses a person may quote the same way: not taken from a sentence. */
const HTTP_LIKE = new Set([200, 201, 204, 301, 302, 304, 307, 308, 400, 401, 403, 404, 500, 502, 503, 504]);
const BRACKETED = /(?<![A-Za-z0-9_\]])\[(\d{3,8})\][ \t]+(?=[A-Za-z])/g;
/** `404 message: ...`: found from the word "message", then read back over the number. */
const MESSAGE_WORD = /message[ \t]*:/gi;

/** Words just before a number that make it someone else's: curl, WinHTTP, HTTP statuses, exit codes. */
const FOREIGN_BEFORE = /curl|winhttp|win32|hresult|errno|lrhttp|\bexit\b|\bstatus|\bhttp(?:code|[ _]?status|[ _]?code|[ _]?error|\/\d)|\bgrpc\b|\brpc error\b|\bsystem error\b|\bsocket\b/i;
/** What follows a number that makes it an HTTP status or a quantity. */
const FOREIGN_AFTER =
  /^\s*(?:[-:]\s*)?(?:not found|bad request|forbidden|unauthorized|internal server error|bad gateway|service (?:temporarily )?unavailable|gateway time-?out|method not allowed|request entity too large|payload too large|too many requests|moved permanently)\b|^\s*(?:ms|milliseconds|seconds|secs?|bytes|kb|mb|gb|%)(?![A-Za-z])|^\s*:\s*error_winhttp/i;

function lineStartBefore(text: string, offset: number, max: number): number {
  // Bounded: only the last `max` characters are looked at, however long the line.
  const limit = Math.max(0, offset - max);
  const nl = text.slice(limit, offset).lastIndexOf('\n');
  return nl === -1 ? limit : limit + nl + 1;
}

/** Other programs whose own error numbers share a line with the words: Docker, kubectl, gRPC, curl, Windows. */
const FOREIGN_LINE = /response from daemon|\bdocker:|\bkubectl\b|\bgrpc\b|\brpc error\b|\bcurl:|libcurl|winhttp|\bsystem error\b/i;

function foreign(text: string, keywordAt: number, numberAt: number, numberEnd: number): boolean {
  // The words just before the number, keyword included ("HTTP Error 500", "status code 404").
  const before = text.slice(lineStartBefore(text, keywordAt, 48), numberAt);
  if (FOREIGN_BEFORE.test(before)) return true;
  const after = text.slice(numberEnd, numberEnd + 40);
  if (FOREIGN_AFTER.test(after)) return true;
  const nl = after.indexOf('\n');
  return FOREIGN_LINE.test(text.slice(lineStartBefore(text, keywordAt, 300), nl === -1 ? numberEnd + 40 : numberEnd + nl));
}

/**
 * Every code-like number written in prose, outside the given ranges (the JSON blocks, read
 * separately), in order of offset.
 */
export function proseCodes(text: string, skip: readonly { start: number; end: number }[] = [], limit = 2000): ProseCode[] {
  const found = new Map<number, ProseCode>();
  const inSkipped = (() => {
    // Ranges are in order; matches come in order within each pattern, so walk forward.
    return (offset: number) => {
      let lo = 0;
      let hi = skip.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = skip[mid];
        if (!r) break;
        if (offset < r.start) hi = mid - 1;
        else if (offset >= r.end) lo = mid + 1;
        else return true;
      }
      return false;
    };
  })();
  const take = (code: string, offset: number, keywordAt: number, words: string, dashed = false) => {
    if (found.size >= limit || found.has(offset) || inSkipped(offset)) return;
    const n = Number(code);
    if (!Number.isSafeInteger(n) || n < 100) return;
    if (foreign(text, keywordAt, offset, offset + code.length)) return;
    found.set(offset, dashed ? { code: n, offset, words, dashed: true } : { code: n, offset, words });
  };
  for (const m of text.matchAll(KEYWORD)) {
    if (found.size >= limit) break;
    const digits = m[2] ?? '';
    take(digits, m.index + m[0].length - digits.length, m.index, m[0]);
  }
  for (const m of text.matchAll(BRACKETED)) take(m[1] ?? '', m.index + 1, m.index, m[0].trim());
  for (const m of text.matchAll(FAILED)) {
    const digits = m[1] ?? '';
    take(digits, m.index + m[0].length - digits.length, m.index, m[0]);
  }
  for (const m of text.matchAll(DASHED)) {
    if (DASHED_FOREIGN.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    take(m[1] ?? '', m.index, m.index, m[0], true);
  }
  for (const m of text.matchAll(SAID)) {
    if (found.size >= limit) break;
    const digits = m[1] ?? '';
    const end = m.index + m[0].length;
    if (HTTP_LIKE.has(Number(digits)) || COUNT_AFTER.test(text.slice(end, end + 12))) continue;
    take(digits, end - digits.length, m.index, m[0]);
  }
  for (const m of text.matchAll(MESSAGE_WORD)) {
    const before = /(?<![A-Za-z0-9_.\-:])(\d{3,8})[ \t]+$/.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (before?.[1]) take(before[1], m.index - before[0].length, m.index - before[0].length, `${before[1]} ${m[0]}`);
  }
  return [...found.values()].sort((a, b) => a.offset - b.offset);
}

/** The same line around a number: what a library printed beside it. */
export function wordsAround(text: string, offset: number, length: number): string {
  const start = lineStartBefore(text, offset, 100);
  const after = text.slice(offset + length, offset + length + 120);
  const nl = after.indexOf('\n');
  return text.slice(start, offset + length + (nl === -1 ? after.length : nl));
}

/** Whether the text is about Synology or DSM: names them, a SYNO.* API, a CGI path, or a known client's style. */
export function aboutDsm(text: string): boolean {
  return /synology|diskstation|\bdsm\b|\bSYNO\.[A-Za-z]|\.cgi\b|\/webapi\/|\bsyno\b|synoapi|synopkg|synowebapi|synoscgi|\.spk\b|download ?station|file ?station|surveillance ?station|photo ?station/i.test(text);
}
