/**
 * The dsm-errors package: its packed size, and how long its command takes to answer beside
 * `npm run decode` (which reads and checks all of content/ first). The command runs on the
 * machine's own Node (the first `node` on PATH outside node_modules), as users run it.
 * `tsx tests/bench/package.ts` prints these rows alone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { projectRoot } from '../../src/node/content-files';

type Row = [what: string, value: string, budget?: string, over?: boolean];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const time = (command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; input?: string }, runs: number) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(command, args, { ...options, encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return median(times);
};

export function benchPackage(runs = 5): Row[] {
  const systemPath = (process.env['PATH'] ?? '').split(delimiter).filter((p) => !p.includes('node_modules')).join(delimiter);
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_'))), PATH: systemPath };
  const dir = mkdtempSync(join(tmpdir(), 'dsm-bench-pkg-'));
  try {
    execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: projectRoot, env, stdio: 'ignore' });
    const tarball = join(dir, readdirSync(dir).find((n) => n.endsWith('.tgz')) ?? 'missing.tgz');
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"bench","private":true}\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: app, env, stdio: 'ignore' });
    const nodeVersion = execFileSync('node', ['--version'], { env, encoding: 'utf8' }).trim();
    const command = time(join(app, 'node_modules/.bin/dsm-errors'), ['408', '--api', 'SYNO.FileStation.List'], { cwd: app, env }, runs);
    const decode = time('npm', ['run', '--silent', 'decode', '--', '--api', 'SYNO.FileStation.List', '-'], { cwd: projectRoot, env: process.env, input: '{"success":false,"error":{"code":408}}' }, runs);
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    return [
      ['Package tarball (npm pack), size', `${(statSync(tarball).size / 1024).toFixed(1)} KB`],
      [`dsm-errors 408 --api SYNO.FileStation.List, installed from the tarball, Node ${nodeVersion} (median of ${runs})`, ms(command), 'well under npm run decode', command * 3 > decode],
      [`npm run decode -- --api SYNO.FileStation.List -, the same answer from content/ (median of ${runs})`, ms(decode)],
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) for (const r of benchPackage()) console.log(r.filter((c) => c !== undefined).join(' | '));
