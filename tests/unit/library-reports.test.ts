import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { exampleApi, libraryReports, responseExamples } from '../../src/lib/library-reports';
import { loadContent } from '../../src/node/content-files';

const catalog = buildCatalog(loadContent());
const reports = (ns: string, code: number) => {
  const n = catalog.namespace(ns);
  const e = catalog.entry(ns, code);
  if (!n || !e) throw new Error(`no ${ns} ${code}`);
  return Object.fromEntries(libraryReports(catalog, n, e).map((r) => [r.source, r]));
};
const examples = (ns: string, code: number) => {
  const n = catalog.namespace(ns);
  const e = catalog.entry(ns, code);
  if (!n || !e) throw new Error(`no ${ns} ${code}`);
  return responseExamples(catalog, n, e).map((r) => JSON.parse(r.json));
};

describe('how the main libraries report a code', () => {
  it('FileStation 408: each library raises its FileStation error with its table text', () => {
    const r = reports('filestation', 408);
    expect(r['py-synologydsm-api']?.shows).toMatch(/^synology_dsm\.exceptions\.SynologyDSMAPIErrorException: \{'api': 'SYNO\.FileStation\.\w+', 'code': 408, 'reason': 'No such file or directory', 'details': None\}$/);
    expect(r['synology-api']?.shows).toBe('synology_api.exceptions.FileStationError: No such file or directory');
    expect(r['go-synology']?.shows).toBe('[408] No such file or directory');
    expect(Object.values(r).every((x) => x.fromTable && x.wrong === null)).toBe(true);
  });
  it('shows the text a library prints wrongly for this API, and says it is wrong', () => {
    const r = reports('filestation', 402)['synology-api'];
    expect(r?.shows).toBe("synology_api.exceptions.FileStationError: This shared folder doesn't exist.");
    expect(r?.wrong).toMatch(/^Its table of SYNO\.Core\.\* messages/);
  });
  it('a prints entry naming an error type changes what is raised, not the text', () => {
    const go = reports('virtualization', 403)['go-synology'];
    expect(go?.raises).toBe('api.PermissionDeniedError');
    expect(go?.shows).not.toMatch(/PermissionDeniedError/);
    expect(go?.wrong).toMatch(/permission error/);
  });
  it('login codes: py-synologydsm-api raises its login exceptions, N4S4 LoginError, go-synology its login table', () => {
    const r = reports('auth', 400);
    expect(r['py-synologydsm-api']?.raises).toBe('SynologyDSMLoginInvalidException');
    expect(r['py-synologydsm-api']?.shows).toMatch(/^synology_dsm\.exceptions\.SynologyDSMLoginInvalidException: \{'api': 'SYNO\.API\.Auth', 'code': 400, /);
    const other = catalog.codes('auth').find((e) => ![400, 401, 402, 403, 404, 406].includes(e.code));
    expect(reports('auth', other?.code ?? 0)['py-synologydsm-api']?.raises).toBe('SynologyDSMLoginFailedException');
    expect(r['synology-api']?.shows).toBe('synology_api.exceptions.LoginError: No such account or incorrect password');
    expect(r['go-synology']?.shows).toBe('[400] No such account or incorrect password');
  });
  it('a code no table of the library has gets its fallback text, marked as not from a table', () => {
    const core = catalog.codes('core').find((e) => !catalog.rows('go-synology').some((row) => row.code === e.code));
    expect(core).toBeDefined();
    const go = reports('core', core?.code ?? 0)['go-synology'];
    expect(go?.shows).toBe(`[${core?.code}] Unknown error code ${core?.code}`);
    expect(go?.fromTable).toBe(false);
  });
  it('an API none of N4S4\'s exception classes matches raises UndefinedError, which names no meaning', () => {
    const r = reports('surveillancestation', 400)['synology-api'];
    expect(r?.shows).toBe('synology_api.exceptions.UndefinedError: Undefined Error: API: SYNO.SurveillanceStation.<API>, Code: 400');
    expect(r?.fromTable).toBe(false);
  });
  it('py-synologydsm-api logs in again on 119 before raising', () => {
    const py = reports('common', 119)['py-synologydsm-api'];
    expect(py?.notes.join(' ')).toMatch(/logs in again and retries the call once/);
    expect(py?.shows).toMatch(/'reason': 'Unknown'/);
  });
  it('an example API is a real name where the content has one, a marked placeholder otherwise', () => {
    const fs = catalog.namespace('filestation');
    const e = catalog.entry('filestation', 1000);
    if (!fs || !e) throw new Error('no FileStation 1000');
    expect(exampleApi(catalog, fs, e)).toEqual({ api: 'SYNO.FileStation.CopyMove', placeholder: false });
    const ss = catalog.namespace('surveillancestation');
    const s400 = catalog.entry('surveillancestation', 400);
    if (!ss || !s400) throw new Error('no Surveillance Station 400');
    expect(exampleApi(catalog, ss, s400)).toEqual({ api: 'SYNO.SurveillanceStation.<API>', placeholder: true });
  });
});

describe('the response DSM sends', () => {
  it('is the error envelope', () => {
    expect(examples('common', 119)).toEqual([{ success: false, error: { code: 119 } }]);
  });
  it('for a FileStation file-operation code, also the per-path item inside a multi-file operation', () => {
    expect(examples('filestation', 408)).toEqual([
      { success: false, error: { code: 408 } },
      { success: false, error: { code: 900, errors: [{ code: 408, path: '/share/folder/file' }] } },
    ]);
  });
  it('for an operation code, carries a per-path item', () => {
    const [only] = examples('filestation', 1000);
    expect(only.error.code).toBe(1000);
    expect(only.error.errors[0].code).toBeGreaterThanOrEqual(400);
  });
  it('every operation code a family lists for error.errors is one of its codes, with its API', () => {
    for (const n of catalog.namespaces) for (const c of n.itemErrors?.outer ?? []) expect(catalog.entry(n.id, c)?.api, `${n.id} ${c}`).toBeDefined();
  });
});
