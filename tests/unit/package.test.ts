/**
 * The package as a user gets it: `npm pack` in this clone, the tarball installed into an empty
 * folder with no network, then the command and an import run under the machine's own Node (the
 * first `node` on PATH outside node_modules, so not the pinned one the scripts use).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/node/content-files';

/** PATH without node_modules folders: the machine's own node and npm come first. */
const systemPath = (process.env['PATH'] ?? '').split(delimiter).filter((p) => !p.includes('node_modules')).join(delimiter);
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_'))), PATH: systemPath };
const dir = mkdtempSync(join(tmpdir(), 'dsm-pkg-'));
const app = join(dir, 'app');
const bin = join(app, 'node_modules/.bin/dsm-errors');
let tarball = '';

beforeAll(() => {
  execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: projectRoot, env, stdio: 'pipe' });
  const [name] = readdirSync(dir).filter((n) => n.endsWith('.tgz'));
  tarball = join(dir, name ?? 'missing.tgz');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name":"consumer","private":true,"type":"module"}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: app, env, stdio: 'pipe' });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], input = '') => {
  const r = spawnSync(bin, args, { cwd: app, env, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const node = (args: string[]) => spawnSync('node', args, { cwd: app, env, encoding: 'utf8' });

describe('the packed package', () => {
  it('runs on the machine\'s own Node, 20 or newer', () => {
    const version = node(['--version']).stdout.trim();
    expect(Number(/^v(\d+)/.exec(version)?.[1])).toBeGreaterThanOrEqual(20);
  });
  it('ships only the built package: bundle, types and data, no content/ or sources', () => {
    const list = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(list).toEqual(['package/dist-pkg/cli.js', 'package/dist-pkg/data/codes.json', 'package/dist-pkg/data/decoder.json', 'package/dist-pkg/index.d.ts', 'package/dist-pkg/index.js', 'package/dist-pkg/public-types.d.ts', 'package/package.json', 'package/README.md'].sort());
    expect(existsSync(join(app, 'node_modules/dsm-errors/node_modules'))).toBe(false);
  });
  it('dsm-errors 408 --api SYNO.FileStation.List gives the FileStation meaning and its page', () => {
    const r = run(['408', '--api', 'SYNO.FileStation.List']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('FileStation 408: No such file or directory');
    expect(r.stdout).toContain('/filestation/408/');
    expect(r.stdout).not.toContain('Password expired');
  });
  it('dsm-errors 408 lists every family\'s meaning; a .cgi path resolves as the decoder does', () => {
    const all = run(['408', '--json']);
    expect(all.code).toBe(0);
    const json = JSON.parse(all.stdout);
    expect(json.matches.map((m: { namespace: string }) => m.namespace)).toEqual(expect.arrayContaining(['auth', 'filestation']));
    expect(json.url).toMatch(/\/compare\/408\/$/);
    expect(json.dataVersion).toMatch(/^sha256-[0-9a-f]{16}$/);
    const cgi = JSON.parse(run(['400', '--api', 'auth.cgi', '--json']).stdout);
    expect(cgi.matches.map((m: { namespace: string }) => m.namespace)).toEqual(['auth']);
  });
  it('exits 1 when nothing defines the code, 2 for a usage error, each saying what to do', () => {
    const none = run(['99999']);
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/No family in this reference defines 99999/);
    const bad = run(['four-oh-eight']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a DSM error code: give a whole number/);
    expect(run(['--nope']).code).toBe(2);
    expect(run(['decode', 'no-such-file.log']).stderr).toMatch(/Cannot read no-such-file\.log: no such file/);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/dsm-errors decode/);
  });
  it('dsm-errors decode - reads a response from standard input', () => {
    const r = run(['decode', '--api', 'SYNO.FileStation.CopyMove', '-'], '{"success":false,"error":{"code":1002,"errors":[{"code":408,"path":"/a"}]}}');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('FileStation 408: No such file or directory');
    expect(run(['decode', '-'], 'all good').code).toBe(1);
  });
  it('imports as a library: lookup, decode, codes() (the /codes.json data) and the data version', () => {
    writeFileSync(
      join(app, 'use.mjs'),
      `import { lookup, decode, codes, dataVersion, schemaVersion } from 'dsm-errors';
const l = lookup(408, { api: 'SYNO.FileStation.CopyMove' });
const d = decode('{"success":false,"error":{"code":119}}');
console.log(JSON.stringify({ titles: l.matches.map((m) => m.title), url: l.url, decoded: d.findings[0].title, n: codes().codes.length, schema: codes().schemaVersion, schemaVersion, dataVersion }));\n`,
    );
    const r = node(['use.mjs']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ titles: ['No such file or directory'], decoded: 'Invalid session', schema: 1, schemaVersion: 1 });
    expect(out.url).toMatch(/\/filestation\/408\/$/);
    expect(out.n).toBeGreaterThan(500);
    expect(out.dataVersion).toMatch(/^sha256-/);
  });
  it('gives TypeScript types that a strict consumer compiles against', () => {
    writeFileSync(
      join(app, 'use.ts'),
      `import { lookup, type CodeRecord, type LookupResult } from 'dsm-errors';
const r: LookupResult = lookup('408', { api: 'SYNO.FileStation.List' });
const first: CodeRecord | undefined = r.matches[0];
const title: string = first?.title ?? '';
// @ts-expect-error an API is a string
lookup(408, { api: 3 });
export { title };\n`,
    );
    const tsc = spawnSync(join(projectRoot, 'node_modules/.bin/tsc'), ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'use.ts'], { cwd: app, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
