import http from 'node:http';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '@laomo/server/testing/test-app.js';
import { BUILT_MAIN, BUILT_SETUP, emptyDatabase, environment, freePort, requireBuild, spawnNode, type Spawned } from './spawned-server.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
/** Each setup command is a process that loads the whole server (seconds to tens of seconds on a busy machine). */
const SETUP_COMMANDS_MS = 240_000;
const ADMIN_PASSWORD = 'Qx7!river-lantern-42';

let database: { url: string; drop(): Promise<void> };
let server: Spawned;
let url: string;
let env: NodeJS.ProcessEnv;
let files: string;

async function count(sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  requireBuild();
  database = await emptyDatabase();
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'laomo-setup-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  env = environment({
    NODE_ENV: 'production', DATABASE_URL: database.url, PORT: String(port),
    LAOMO_SMS_SENDER: 'webhook', LAOMO_SMS_WEBHOOK_URL: 'http://127.0.0.1:9/sms', LAOMO_SMS_WEBHOOK_SECRET: 'not-used-here',
    LAOMO_DATA_KEY: randomBytes(32).toString('base64'),
  });
  server = spawnNode([BUILT_MAIN], env);
  await server.waitFor(/laomo is up/);
});

afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  await database?.drop();
  if (files) fs.rmSync(files, { recursive: true, force: true });
});

describe('the built server with NODE_ENV=production without LAOMO_DATA_KEY', () => {
  it('refuses to start, naming the setting', async () => {
    const withoutKey: NodeJS.ProcessEnv = { ...env, PORT: String(await freePort()) };
    delete withoutKey.LAOMO_DATA_KEY;
    const refused = spawnNode([BUILT_MAIN], withoutKey);
    expect(await refused.exited).toMatchObject({ code: 1 });
    expect(refused.output()).toMatch(/laomo did not start: LAOMO_DATA_KEY must be set in production/);
  });
});

describe('the built server with NODE_ENV=production on an empty database', () => {
  it('starts with a real SMS sender, is live and ready, and says nothing of demo data', async () => {
    expect(server.output()).toMatch(/database: DATABASE_URL/);
    // What main.ts says of demo data and demo accounts outside production (a migration's name may say "demo").
    expect(server.output()).not.toMatch(/Demo data|demo data only|Sign in as|Laomo@2026/);
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'up', pendingMigrations: 0 });
  });

  it('has the official holiday calendar and the honor catalogue, but no demo accounts or organizations', async () => {
    const visitor = new ApiClient(url);
    const data = await visitor.ok(`{ calendarDays(year: 2026) { date kind } workingPeriod(start: "2026-02-12", workingDays: 5) { end } }`);
    expect(data.calendarDays.length).toBeGreaterThan(20);
    // Spring Festival 2026: the 5 working days from Thursday 12 February end on 25 February, not the 18th.
    expect(data.workingPeriod.end).toBe('2026-02-25');
    expect(await count('select count(*) as n from honor')).toBe(12);
    expect(await count(`select count(*) as n from honor where code = 'BJ_MODEL_WORKER'`)).toBe(1);
    expect(await count('select count(*) as n from account')).toBe(0);
    expect(await count('select count(*) as n from organization')).toBe(0);
    const demo = await visitor.ok(`mutation { sessionCreate(input: { login: "admin", password: "Laomo@2026" }) { userErrors { code } } }`);
    expect(demo.sessionCreate.userErrors[0].code).toBe('auth/bad_credentials');
  });

  it('a spreadsheet with bad rows imports nothing and names each bad row', async () => {
    const bad = path.join(files, 'bad.csv');
    fs.writeFileSync(bad, [
      '名称,简称,类型,上级,单位性质,联系方式',
      '北京市总工会,市总,市总工会,,,',
      '朝阳区总工会,朝阳,区县总工会,北京市总工会,,',
      '燕京机械工会,,基层工会,朝阳区总工会,,',
      '海淀区总工会,海淀,区县总工会,不存在的工会,,',
      '朝阳区总工会,,区县总工会,北京市总工会,,',
      '某协会,,协会,北京市总工会,,',
    ].join('\n'));
    const run = spawnNode([BUILT_SETUP, 'organizations:import', bad], env);
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.output()).toMatch(/row 4: 基层工会须注明单位性质/);
    expect(run.output()).toMatch(/row 5: 上级组织“不存在的工会”不在文件中/);
    expect(run.output()).toMatch(/row 6: “朝阳区总工会”与第 3 行重复/);
    expect(run.output()).toMatch(/row 7: 类型“协会”无效/);
    expect(run.output()).toMatch(/nothing was imported/);
    expect(await count('select count(*) as n from organization')).toBe(0);
  }, SETUP_COMMANDS_MS);

  it('imports the organization tree from XLSX, creates the first administrator, who signs in; a second is refused', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('组织');
    sheet.addRow(['名称', '简称', '类型', '上级', '单位性质', '联系方式']);
    // Children before their parents: the import orders the tree itself.
    sheet.addRow(['燕京精密机械有限公司工会', '', '基层工会', '朝阳区总工会', '企业', '']);
    sheet.addRow(['朝阳区总工会', '朝阳', '区县总工会', '北京市总工会', '', '010-00000000']);
    sheet.addRow(['北京市总工会', '市总', '市总工会', '', '', '']);
    sheet.addRow(['市总工会权益保障部', '', 'DEPARTMENT', '北京市总工会', '', '']);
    const xlsx = path.join(files, 'organizations.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const imported = spawnNode([BUILT_SETUP, 'organizations:import', xlsx], env);
    expect(await imported.exited).toMatchObject({ code: 0 });
    expect(imported.output()).toMatch(/imported 4 organization/);
    expect(await count(`select count(*) as n from organization o join organization p on o.parent_id = p.id
      where o.name = '燕京精密机械有限公司工会' and p.name = '朝阳区总工会' and o.path like p.path || '%'`)).toBe(1);

    const created = spawnNode([BUILT_SETUP, 'admin:create', 'root-admin', '系统管理员'], { ...env, LAOMO_ADMIN_PASSWORD: ADMIN_PASSWORD });
    expect(await created.exited).toMatchObject({ code: 0 });
    const admin = await new ApiClient(url).signIn('root-admin', ADMIN_PASSWORD);
    const me = await admin.ok(`{ viewer { account { displayName } roleGrants { role organization { name } } } }`);
    expect(me.viewer.account.displayName).toBe('系统管理员');
    expect(me.viewer.roleGrants).toEqual([{ role: 'ADMIN', organization: { name: '北京市总工会' } }]);

    const second = spawnNode([BUILT_SETUP, 'admin:create', 'another', '第二个'], { ...env, LAOMO_ADMIN_PASSWORD: ADMIN_PASSWORD });
    expect(await second.exited).toMatchObject({ code: 1 });
    expect(second.output()).toMatch(/an administrator exists already/);
  }, SETUP_COMMANDS_MS);

  it('on SIGTERM finishes the request in flight, then stops taking requests and exits 0', async () => {
    const admin = await new ApiClient(url).signIn('root-admin', ADMIN_PASSWORD);
    // An upload whose body is still arriving when the signal comes.
    const boundary = 'laomo-boundary';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const body = Buffer.concat([head, PDF, tail]);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(`${url}/api/attachments`, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length, cookie: admin.cookieHeader, 'x-laomo-upload': '1' },
      }, (response) => {
        let text = '';
        response.on('data', (c) => { text += c; });
        response.on('end', () => resolve({ status: response.statusCode!, body: text }));
      });
      request.on('error', reject);
      request.write(body.subarray(0, head.length + 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => request.end(body.subarray(head.length + 10)), 700);
      }, 300);
    });
    const finished = await answer;
    expect(finished.status).toBe(201);
    expect(JSON.parse(finished.body)).toMatchObject({ name: 'slow.pdf', size: PDF.length });
    expect(await server.exited).toEqual({ code: 0, signal: null });
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect(await count(`select count(*) as n from attachment where name = 'slow.pdf'`)).toBe(1);
  });
});
