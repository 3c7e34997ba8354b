/**
 * The registry import at its design size (issue 13: 20,000 rows ≤ 3× PostgreSQL COPY of the same rows,
 * peak memory < 300 MB). laomo: the import's write as its job does it — the CSV of the information form
 * read, every row checked against the registry, sealed and written (records, honors, audit lines) in one
 * transaction (`importRows`, as the apply job does it), in a process of its own running the built server's modules
 * (`import/run-import.mjs`), so the memory measured is the import's, not this runner's. Baseline, same run, same database: `COPY …
 * FROM STDIN` of the very model_worker rows the import wrote into a table like model_worker (its
 * indexes included). Peak memory is the importing process's peak resident set (VmHWM).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { OrganizationKind } from '@laomo/server/modules/organization/organization.enums.js';
import { DEVELOPMENT_DATA_KEY } from '@laomo/server/common/sealed-text.js';
import { checkCharacter } from '@laomo/server/modules/registry/id-number.js';
import type { BenchDatabase } from './lib/database.js';
import { repoRoot } from './lib/processes.js';
import { fixed, record } from './lib/report.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 20_000);
const HEADER = '姓名,性别,出生年月,民族,政治面貌,文化程度,身份证号码,联系电话,家庭住址,户籍,是否农民工,健康状况,家庭困难情况,工作单位,岗位,在岗情况,管理单位,管理方式,分类,分类理由,先进事迹,需求建议,'
  + '家庭成员1称谓,家庭成员1姓名,家庭成员1出生年份,工作简历1单位,工作简历1岗位,工作简历1开始,工作简历1结束,荣誉称号1名称,荣誉称号1年度';

function csvOf(units: string[]): Buffer {
  const lines = [HEADER];
  for (let n = 0; n < ROWS; n += 1) {
    // Distinct numbers: a birth year per thousand, the sequence within it.
    const first17 = `110105${1960 + Math.floor(n / 1000)}0101${String(n % 1000).padStart(3, '0')}`;
    const idNumber = first17 + checkCharacter(first17);
    lines.push([
      `劳模${n}`, n % 3 ? '男' : '女', `19${60 + (n % 30)}-0${1 + (n % 9)}`, '汉族', '中共党员', '本科', idNumber, `1380000${String(n).padStart(4, '0')}`,
      `北京市朝阳区示例路${n}号`, '京籍', '否', '良好', n % 10 ? '' : '配偶长期患病', '示例单位', '高级技师', n % 4 ? '在岗' : '退休', units[n % units.length], '单位',
      '', '', '长期扎根一线，技术革新多项。', '希望参加疗休养', '配偶', `家属${n}`, '1965', '北京第一机床厂', '学徒工', '1986-07-01', '1995-06-30', '北京市劳动模范', String(2000 + (n % 25)),
    ].join(','));
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

/** Runs `work` while sampling this process's resident set every 10 ms; answers the time and the peak. */
async function measured<T>(work: () => Promise<T>): Promise<{ ms: number; peakMb: number; result: T }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 10);
  const started = performance.now();
  try {
    const result = await work();
    return { ms: performance.now() - started, peakMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024, result };
  } finally {
    clearInterval(timer);
  }
}

interface ImportRun { ms: number; warmUpMs: number; rows: number; rssBeforeMb: number; peakMb: number; nodeCpuMs: number; serverCpuMs: number | null }

/** The import in its own process (`import/run-import.mjs`, the built server's modules), so its memory is its own. */
async function importInOwnProcess(url: string, file: string): Promise<ImportRun> {
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', path.join(repoRoot, '.data', 'bench-profiles')] : [];
  const flags = process.env.BENCH_LAOMO_FLAGS?.split(' ').filter(Boolean) ?? []; // as for the server (lib/processes.ts)
  const child = spawn(process.execPath, [...profile, ...flags, path.join(repoRoot, 'bench', 'import', 'run-import.mjs'), file], {
    cwd: repoRoot, // The key the bench database's records were sealed with (the test cluster's), so blind indexes match.
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, LAOMO_DATA_KEY: DEVELOPMENT_DATA_KEY }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the import process failed (${code}): ${out}`);
  return JSON.parse(out.trim().split('\n').pop()!) as ImportRun;
}

export async function registryImport(db: BenchDatabase): Promise<void> {
  const em = db.orm.em.fork();
  const units = (await em.find(Organization, { kind: OrganizationKind.GRASSROOTS_UNION }, { orderBy: { name: 'asc' } })).map((o) => o.name)
    .filter((name, i, all) => all.indexOf(name) === i);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laomo-bench-import-'));
  const file = path.join(dir, 'registry.csv');
  fs.writeFileSync(file, csvOf(units));
  let laomo: ImportRun;
  try {
    laomo = await importInOwnProcess(db.url, file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (laomo.rows !== ROWS) throw new Error(`imported ${laomo.rows} of ${ROWS} rows`);

  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    // The same rows as the import wrote them, out and into a table like model_worker, by COPY.
    const chunks: Buffer[] = [];
    await pipeline(client.query(copyStreams.to('copy (select * from model_worker where name like \'劳模%\') to stdout')), new Writable({
      write(chunk: Buffer, _enc, done) { chunks.push(chunk); done(); },
    }));
    const rows = Buffer.concat(chunks);
    await client.query('create table bench_model_worker_copy (like model_worker including all)');
    await client.query('analyze bench_model_worker_copy');
    const copy = await measured(() => pipeline(Readable.from([rows]), client.query(copyStreams.from('copy bench_model_worker_copy from stdin'))));
    const ratio = laomo.ms / copy.ms;
    record({
      target: `registry import of ${ROWS.toLocaleString('en')} rows (CSV, checked, sealed, one transaction)`,
      // Which side bounds it: node's CPU time against PostgreSQL's (the transaction's backend), in the same window.
      laomo: `${fixed(laomo.ms, 0)} ms (CPU: node ${fixed(laomo.nodeCpuMs, 0)} ms, PostgreSQL ${laomo.serverCpuMs === null ? '—' : `${fixed(laomo.serverCpuMs, 0)} ms`}; after 500 rows imported and rolled back in ${fixed(laomo.warmUpMs, 0)} ms)`,
      baseline: `${fixed(copy.ms, 0)} ms (COPY of the same model_worker rows)`, ratio: `${fixed(ratio, 1)}×`, goal: '≤ 3×', met: ratio <= 3,
    });
    record({
      target: 'registry import peak memory (VmHWM of the importing process)', laomo: `${fixed(laomo.peakMb, 0)} MB (${fixed(laomo.rssBeforeMb, 0)} MB before the import)`,
      baseline: '—', ratio: '—', goal: '< 300 MB', met: laomo.peakMb < 300,
    });
  } finally {
    await client.end();
  }
}
