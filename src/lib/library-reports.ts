/**
 * What a DSM error looks like where users meet it: the response DSM sends for a code, and how the
 * main client libraries report it (the exception or error they raise and the text in it). The
 * texts come from each library's own table (`content/tables/<source>.tsv`); which table a library
 * reads for an API, and in what order, is its dispatch, written down below from its source at the
 * commit its table was transcribed from. Pure: the catalog in, plain data out.
 */
import type { Catalog, CodeEntry, Namespace, TableRow } from './catalog';
import { globToRegExp } from './resolve';

/** One rule of a library's dispatch: for an API whose name contains one of `when`, what it raises and which tables it reads. */
interface Rule {
  /** Substrings of the API name (the library tests `in` / `find`), or exact names with `exact`. */
  when: readonly string[];
  exact?: boolean;
  /** The exception class or error type. */
  raises: string;
  /** Table names (the `table` column of the source's .tsv), in the order the library reads them. */
  tables: readonly string[];
  /** The text when no table has the code; `{code}` and `{api}` are filled in. */
  otherwise: string;
  /** A sentence about this rule, when the reader needs one. */
  note?: (code: number) => string | undefined;
  /** APIs this page does not describe for the library (classes with tables not transcribed here): no report. */
  skip?: true;
}

interface Library {
  source: string;
  /** Where the dispatch is written, for the reader (repository, commit, file). */
  at: string;
  rules: readonly Rule[];
  /** What a user sees, from what is raised and its text. */
  shows: (raises: string, text: string, api: string, code: number, items: boolean) => string;
  /** What it raises for this code, when that differs from the rule's class. */
  raisesFor?: (code: number, rule: Rule) => string | undefined;
  /** Tables whose rows apply only to the API the row names (a per-method map); others are one map whatever the row's scope. */
  perApiTables?: readonly string[];
}

const pyRepr = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** py-synologydsm-api's login() raises these for these codes (synology_dsm.py), SynologyDSMLoginFailedException for any other. */
const pyLoginExceptions: Record<number, string> = {
  400: 'SynologyDSMLoginInvalidException',
  401: 'SynologyDSMLoginDisabledAccountException',
  402: 'SynologyDSMLoginPermissionDeniedException',
  403: 'SynologyDSMLogin2SARequiredException',
  404: 'SynologyDSMLogin2SAFailedException',
  406: 'SynologyDSMLogin2SAForcedException',
};

/** py-synologydsm-api at 7dee928: src/synology_dsm/exceptions.py and synology_dsm.py. */
const pySynologyDsmApi: Library = {
  source: 'py-synologydsm-api',
  at: 'mib1185/py-synologydsm-api@7dee928: src/synology_dsm/exceptions.py, synology_dsm.py',
  rules: [
    {
      when: ['SYNO.API.Auth'],
      exact: true,
      raises: 'SynologyDSMLoginFailedException',
      tables: ['ERROR_COMMON', 'ERROR_AUTH'],
      otherwise: 'Unknown',
      note: (code) => (pyLoginExceptions[code] ? 'Raised by login(), a subclass of SynologyDSMLoginFailedException; details is a sentence naming the account.' : 'Raised by login(); details names the account.'),
    },
    { when: ['SYNO.Core.Hardware'], raises: 'SynologyDSMAPIErrorException', tables: ['ERROR_COMMON', 'ERROR_CORE_HARDWARE'], otherwise: 'Unknown' },
    { when: ['SYNO.DownloadStation'], raises: 'SynologyDSMAPIErrorException', tables: [], otherwise: 'Unknown' },
    { when: ['SYNO.FileStation'], raises: 'SynologyDSMAPIErrorException', tables: ['ERROR_COMMON', 'ERROR_FILE'], otherwise: 'Unknown' },
    { when: ['SYNO.SurveillanceStation'], raises: 'SynologyDSMAPIErrorException', tables: ['ERROR_COMMON', 'ERROR_SURVEILLANCE'], otherwise: 'Unknown' },
    { when: ['SYNO.Virtualization'], raises: 'SynologyDSMAPIErrorException', tables: ['ERROR_COMMON', 'ERROR_VIRTUALIZATION'], otherwise: 'Unknown' },
    { when: [''], raises: 'SynologyDSMAPIErrorException', tables: ['ERROR_COMMON'], otherwise: 'Unknown' },
  ],
  raisesFor: (code, rule) => (rule.raises === 'SynologyDSMLoginFailedException' ? pyLoginExceptions[code] : undefined),
  // str() of the exception is its dict; at login, details is a sentence naming the account.
  shows: (raises, text, api, code, items) =>
    `synology_dsm.exceptions.${raises}: {'api': ${pyRepr(api)}, 'code': ${code}, 'reason': ${pyRepr(text)}, 'details': ${api === 'SYNO.API.Auth' ? '...' : items ? "[{'code': ..., 'path': ...}]" : 'None'}}`,
};
// DownloadStation: BTSearch APIs read ERROR_DOWNLOAD_SEARCH, the other Task APIs ERROR_DOWNLOAD_TASK (both after ERROR_COMMON).
const pyDownload = (api: string): readonly string[] => (api.includes('BTSearch') ? ['ERROR_COMMON', 'ERROR_DOWNLOAD_SEARCH'] : api.includes('Task') ? ['ERROR_COMMON', 'ERROR_DOWNLOAD_TASK'] : ['ERROR_COMMON']);

/** N4S4's synology-api at 50b4343: synology_api/auth.py (request_data, login) and exceptions.py. */
const synologyApi: Library = {
  source: 'synology-api',
  at: 'N4S4/synology-api@50b4343: synology_api/auth.py, exceptions.py',
  rules: [
    { when: ['SYNO.API.Auth'], exact: true, raises: 'LoginError', tables: ['error_codes (common)', 'auth_error_codes'], otherwise: 'KeyError: {code}', note: () => 'Raised by login(); a code in neither of its tables ends in a KeyError instead.' },
    { when: ['DownloadStation'], raises: 'DownloadStationError', tables: ['error_codes (common)', 'download_station_error_codes'], otherwise: 'DownloadStation Error: {code}' },
    { when: ['FileStation'], raises: 'FileStationError', tables: ['error_codes (common)', 'file_station_error_codes'], otherwise: 'FileStation Error: {code}' },
    { when: ['Virtualization'], raises: 'VirtualizationError', tables: ['error_codes (common)', 'virtualization_error_codes'], otherwise: 'Virtualization Error: {code}' },
    { when: ['Docker'], raises: 'DockerError', tables: ['error_codes (common)'], otherwise: 'Docker Error: {code}' },
    // Classes it raises before CoreError for these APIs; their tables are not transcribed here.
    { when: ['SYNO.Auth.ForgotPwd', 'SYNO.Entry.Request'], exact: true, raises: 'DirectoryServerError', tables: [], otherwise: '', skip: true },
    {
      when: ['AudioStation', 'ActiveBackup', 'SYNO.Backup', 'CloudSync', 'Core.Certificate', 'DHCPServer', 'SYNO.Core.TFTP', 'ActiveDirectory', 'SynologyDrive', 'SYNO.C2FS.Share', 'LogCenter', 'NoteStation', 'SYNO.OAUTH', 'SYNO.Foto', 'SecurityAdvisor', 'SYNO.Core.TaskScheduler', 'SYNO.Core.EventScheduler', 'SYNO.Finder', 'SYNO.USBCopy', 'VPNServer'],
      raises: '',
      tables: [],
      otherwise: '',
      skip: true,
    },
    { when: ['SYNO.Core.ISCSI.LUN'], raises: 'LunError', tables: ['error_codes (common)', 'iscsi_lun_error_codes'], otherwise: 'ISCSI.Lun Error: {code}' },
    { when: ['SYNO.Core.ISCSI.Target'], raises: 'TargetError', tables: ['error_codes (common)', 'iscsi_target_error_codes'], otherwise: 'ISCSI.Target Error: {code}' },
    { when: ['SYNO.Core'], raises: 'CoreError', tables: ['core_error_codes (sds.bundle.js; SYNO.Core.*)'], otherwise: 'Core Error: {code}', note: () => 'CoreError reads only its Core table (DSM interface strings), not the common codes.' },
    { when: [''], raises: 'UndefinedError', tables: [], otherwise: 'Undefined Error: API: {api}, Code: {code}', note: () => 'This API matches none of its exception classes, so it raises UndefinedError, which names no meaning.' },
  ],
  shows: (raises, text) => `synology_api.exceptions.${raises}: ${text}`,
};

/** go-synology at e8de328: pkg/api/errors.go, client.go and each package's methods. */
const goSynology: Library = {
  source: 'go-synology',
  at: 'synology-community/go-synology@e8de328: pkg/api/errors.go, client.go, */methods',
  rules: [
    { when: ['SYNO.API.Auth'], exact: true, raises: 'api.ApiError', tables: ['loginErrors (pkg/api/errors.go)'], otherwise: 'Unknown error code {code}' },
    {
      when: ['SYNO.FileStation'],
      raises: 'api.ApiError',
      // The method's own map overrides the FileStation map, which overrides globalErrors.
      tables: ['FileStation.CreateFolder method map', 'FileStation.Rename method map', 'FileStation.Upload method map', 'filestation CommonErrors', 'globalErrors (pkg/api/errors.go)'],
      otherwise: 'Unknown error code {code}',
    },
    { when: ['SYNO.Virtualization'], raises: 'api.ApiError', tables: ['VMMErrors (virtualization/methods/methods.go)', 'globalErrors (pkg/api/errors.go)'], otherwise: 'Unknown error code {code}' },
    { when: ['SYNO.Docker'], raises: 'api.ApiError', tables: ['docker CommonErrors', 'globalErrors (pkg/api/errors.go)'], otherwise: 'Unknown error code {code}' },
    { when: ['SYNO.Core'], raises: 'api.ApiError', tables: ['globalErrors on SYNO.Core.* (pkg/api/errors.go)', 'globalErrors (pkg/api/errors.go)'], otherwise: 'Unknown error code {code}' },
    { when: [''], raises: 'api.ApiError', tables: ['globalErrors (pkg/api/errors.go)'], otherwise: 'Unknown error code {code}' },
  ],
  // 403 and 404 come back as PermissionDeniedError and NotFoundError (client.go), whatever the API means by them.
  raisesFor: (code) => (code === 403 ? 'api.PermissionDeniedError' : code === 404 ? 'api.NotFoundError' : undefined),
  perApiTables: ['FileStation.CreateFolder method map', 'FileStation.Rename method map', 'FileStation.Upload method map'],
  // 403 and 404 come back as PermissionDeniedError and NotFoundError, whose text is the summary alone.
  shows: (_raises, text, _api, code, items) => (code === 403 || code === 404 ? text : `[${code}] ${text}${items ? ', followed by each item of error.errors (code: ..., path: ...)' : ''}`),
};

export const libraries: readonly Library[] = [pySynologyDsmApi, synologyApi, goSynology];

export interface LibraryReport {
  source: string;
  name: string;
  /** The API the example is for. */
  api: string;
  raises: string;
  /** The text the library gives, from its table, or its fallback when no table has the code. */
  text: string;
  /** Whether the text comes from one of its tables. */
  fromTable: boolean;
  /** What the user sees (the exception printed, or err.Error()). */
  shows: string;
  /** Why the text it prints is wrong for this API (the code's `prints`), or null. */
  wrong: string | null;
  notes: string[];
  at: string;
}

function ruleFor(lib: Library, api: string): Rule | undefined {
  return lib.rules.find((r) => r.when.some((w) => (r.exact ? api === w : api.includes(w))));
}

/** Whether a table row applies to `api`: per-method maps only to the API they name; any other map whatever the row's scope. */
function applies(lib: Library, row: TableRow, api: string): boolean {
  if (!lib.perApiTables?.includes(row.table)) return true;
  return row.scope === 'all' || globToRegExp(row.scope).test(api);
}

/** The text `lib` gives for `code` from `api`, reading its tables in its order. */
export function libraryText(catalog: Catalog, lib: Library, api: string, code: number): { rule: Rule; text: string; fromTable: boolean } | undefined {
  const rule = ruleFor(lib, api);
  if (!rule || rule.skip) return undefined;
  const tables = lib === pySynologyDsmApi && rule.when[0] === 'SYNO.DownloadStation' ? pyDownload(api) : rule.tables;
  const rows = catalog.rows(lib.source).filter((r) => r.code === code && applies(lib, r, api));
  for (const table of tables) {
    const row = rows.find((r) => r.table === table && r.wording !== '');
    if (row) return { rule, text: row.wording, fromTable: true };
  }
  return { rule, text: rule.otherwise.replace('{code}', String(code)).replace('{api}', api), fromTable: false };
}

/**
 * The API a code page's examples are for: the code's own API, the family's one API, or the first
 * API name (alphabetically) its codes name; failing those, the family's pattern with `<API>` for
 * its wildcard (`placeholder`). The common family's codes come from every API, so a FileStation
 * call stands for them.
 */
export function exampleApi(catalog: Catalog, namespace: Namespace, entry: CodeEntry): { api: string; placeholder: boolean } {
  if (entry.api) return { api: entry.api, placeholder: false };
  const concrete = namespace.apis.find((a) => !a.includes('*'));
  if (concrete) return { api: concrete, placeholder: false };
  const named = catalog
    .codes(namespace.id)
    .flatMap((e) => (e.api ? [e.api] : []))
    .sort()[0];
  if (named) return { api: named, placeholder: false };
  if (namespace.apis.includes('SYNO.*')) return { api: 'SYNO.FileStation.List', placeholder: false };
  return { api: (namespace.apis[0] ?? 'SYNO.*').replace(/\*/g, '<API>'), placeholder: true };
}

/** Each main library's report of this code. */
export function libraryReports(catalog: Catalog, namespace: Namespace, entry: CodeEntry, items = false): LibraryReport[] {
  const { api } = exampleApi(catalog, namespace, entry);
  return libraries.flatMap((lib) => {
    const src = catalog.source(lib.source);
    const got = libraryText(catalog, lib, api, entry.code);
    if (!src || !got) return [];
    // What the code page records the library printing wins: it was checked against the library
    // itself, where a table transcribed here can miss how the library merges its tables.
    const wrong = entry.prints.find((p) => p.source === lib.source);
    // (A `prints` text that is an error type, such as go-synology's PermissionDeniedError, names what it raises, not its text.)
    const text = wrong && !/^[A-Za-z.]+Error$/.test(wrong.text) ? wrong.text : got.text;
    const notes: string[] = [];
    const ruleNote = got.rule.note?.(entry.code);
    if (ruleNote) notes.push(ruleNote);
    if (lib === pySynologyDsmApi && entry.code === 119 && api !== 'SYNO.API.Auth') notes.push('On 119 it first logs in again and retries the call once; it raises only when the retry fails too.');
    const raises = lib.raisesFor?.(entry.code, got.rule) ?? got.rule.raises;
    return [
      {
        source: lib.source,
        name: src.name,
        api,
        raises,
        text,
        fromTable: text !== got.text || got.fromTable,
        shows: lib.shows(raises, text, api, entry.code, items),
        wrong: wrong ? wrong.why : null,
        notes,
        at: lib.at,
      },
    ];
  });
}

/**
 * The JSON DSM sends for this code: the plain error envelope, and where the family reports
 * per-item codes in `error.errors` (FileStation's multi-file operations), that shape too.
 */
export function responseExamples(catalog: Catalog, namespace: Namespace, entry: CodeEntry): { label: string; json: string }[] {
  const plain = { label: 'The response', json: JSON.stringify({ success: false, error: { code: entry.code } }) };
  const shape = namespace.itemErrors;
  if (!shape) return [plain];
  const inner = entry.code >= shape.inner.from && entry.code <= shape.inner.to && !entry.api;
  const outer = shape.outer.includes(entry.code);
  if (inner) {
    const [first] = shape.outer;
    const op = first === undefined ? undefined : catalog.entry(namespace.id, first);
    if (op) {
      return [
        plain,
        { label: `Inside a multi-file operation (${op.api ?? namespace.name} ${op.code}), one item per path`, json: JSON.stringify({ success: false, error: { code: op.code, errors: [{ code: entry.code, path: '/share/folder/file' }] } }) },
      ];
    }
  }
  if (outer) {
    const example = catalog.codes(namespace.id).find((e) => e.code >= shape.inner.from && e.code <= shape.inner.to && !e.api);
    if (example) return [{ label: 'The response, with the cause for each path', json: JSON.stringify({ success: false, error: { code: entry.code, errors: [{ code: example.code, path: '/share/folder/file' }] } }) }];
  }
  return [plain];
}
