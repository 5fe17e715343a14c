import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/node/content-files';
import { scratch } from '../helpers/tmp';

const dir = scratch('cli');

const tsx = join(projectRoot, 'node_modules/.bin/tsx');
const cli = join(projectRoot, 'src/cli/decode.ts');

/** Runs the command line as a user would; `shell` pipes its output through a shell command. */
function run(args: string[], options: { stdin?: string | Buffer; shell?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // bash, for PIPESTATUS: the exit status of the command line itself, not of what reads its output.
    const command = options.shell ? 'bash' : tsx;
    const argv = options.shell ? ['-c', `"${tsx}" "${cli}" ${args.map((a) => `'${a}'`).join(' ')} ${options.shell}`] : [cli, ...args];
    const child = spawn(command, argv, { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

const response = '{"success":false,"error":{"code":408}}';
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return le;
};

describe('the command line', () => {
  it.each([
    ['UTF-8', Buffer.from(response)],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(response)])],
    ['UTF-16 LE with a byte-order mark (PowerShell)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${response}\r\n`, 'utf16le')])],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(response)])],
    ['UTF-16 LE without a mark', Buffer.from(response, 'utf16le')],
  ])('reads %s', async (label, bytes) => {
    const path = file(`${label.replace(/\W+/g, '-')}.txt`, bytes);
    const r = await run(['--api', 'SYNO.FileStation.List', path]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('408  FileStation 408: No such file or directory');
  }, 60_000);
  it('takes - for standard input, also UTF-16', async () => {
    const r = await run(['--api', 'SYNO.FileStation.List', '-'], { stdin: response });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('FileStation 408: No such file or directory');
    const wide = await run(['--json', '-'], { stdin: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(response, 'utf16le')]) });
    expect(JSON.parse(wide.stdout).findings[0]).toMatchObject({ code: 408 });
  }, 60_000);
  it('--json says where each code and its family came from, and codes named only by their words', async () => {
    const out = await run(['--json', '-'], { stdin: 'GET /webapi/auth.cgi?api=SYNO.API.Auth&method=login\n{"error":{"code":400},"success":false}\n' });
    const json = JSON.parse(out.stdout);
    expect(json.findings[0]).toMatchObject({ code: 400, namespace: 'auth', from: 'response' });
    expect(json.findings[0].familyReason).toMatch(/SYNO\.API\.Auth/);
    const words = JSON.parse((await run(['--json', '-'], { stdin: 'synology_dsm.exceptions.SynologyDSMLoginInvalidException: No such account or incorrect password\n' })).stdout);
    expect(words.findings).toEqual([]);
    expect(words.named.map((n: { code: number; namespace: string }) => [n.code, n.namespace])).toContainEqual([400, 'auth']);
  }, 60_000);
  it('exits quietly when the reader of its output goes away (| head)', async () => {
    const many = file('many.log', Buffer.from(`${'{"success":false,"error":{"code":1002,"errors":[' + Array.from({ length: 3000 }, (_, i) => `{"code":408,"path":"/a/${i}"}`).join(',')}]}}\n`));
    const r = await run(['--api', 'SYNO.FileStation.CopyMove', many], { shell: '| head -n 2; exit ${PIPESTATUS[0]}' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['API: SYNO.FileStation.CopyMove', 'Read as: JSON']);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  }, 60_000);
  it('usage errors exit 2, an unreadable file 1, each saying what to do', async () => {
    const two = await run(['a.txt', 'b.txt']);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/^Give at most one file; got 2/);
    const empty = await run(['--api', ' ', '-']);
    expect(empty.code).toBe(2);
    const missing = await run([join(dir, 'no-such-file.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file\. Give the path of a readable text file, or - to read standard input\.$/m);
  }, 60_000);
});
