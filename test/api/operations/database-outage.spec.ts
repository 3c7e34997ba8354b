import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, freePort, processAlive, type EmbeddedDatabase } from '@laomo/server/db/embedded.js';
import { createApp, type App } from '@laomo/server/app.js';
import { loadConfig } from '@laomo/server/config.js';
import { migrate, loadReferenceData } from '@laomo/server/db/lifecycle.js';
import { MemorySmsSender } from '@laomo/server/modules/account/sms-sender.js';
import { importOrganizations } from '@laomo/server/modules/organization/organization-import.js';
import { createFirstAdministrator } from '@laomo/server/modules/account/first-administrator.js';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { ApiClient } from '@laomo/server/testing/test-app.js';

/**
 * The database is killed (kill -9) under load and comes back. The cluster is embedded and started by this
 * test; it listens on a new port after each start, so the app reaches it through a fixed local TCP
 * forwarder (as it would through a service address), and only the cluster itself stops and starts.
 */
let dir: string;
let cluster: EmbeddedDatabase;
let upstreamPort = 0;
let forwarder: net.Server;
const open = new Set<net.Socket>();
let app: App;
let server: Server;
let url: string;
let databaseUrl: string;
const PASSWORD = 'Outage-test-password-1';

function portOf(connectionUrl: string): number {
  return Number(new URL(connectionUrl).port);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laomo-outage-'));
  cluster = await startEmbeddedPostgres(path.join(dir, 'pg'));
  await cluster.createDatabase('laomo');
  upstreamPort = portOf(cluster.url('laomo'));
  forwarder = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('close', () => open.delete(s));
      s.on('error', () => { client.destroy(); upstream.destroy(); });
    }
    client.pipe(upstream).pipe(client);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => forwarder.listen(port, '127.0.0.1', resolve));
  const through = new URL(cluster.url('laomo'));
  through.port = String(port);
  databaseUrl = through.toString();

  app = await createApp({ config: loadConfig({ NODE_ENV: 'test' }), databaseUrl, sms: new MemorySmsSender() });
  await migrate(app.orm);
  await loadReferenceData(app.orm);
  await importOrganizations(app.orm.em.fork(), [
    { row: 2, name: '北京市总工会', shortName: '', kind: '市总工会', parent: '', employerKind: '', contact: '' },
    { row: 3, name: '朝阳区总工会', shortName: '', kind: '区县总工会', parent: '北京市总工会', employerKind: '', contact: '' },
  ]);
  await createFirstAdministrator(app.orm.em.fork(), { username: 'ops-admin', displayName: '管理员', password: PASSWORD });
  server = await new Promise((resolve) => { const s = app.express.listen(0, '127.0.0.1', () => resolve(s)); });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await app?.close();
  for (const s of open) s.destroy();
  await new Promise((resolve) => forwarder?.close(resolve));
  await cluster?.stop().catch(() => {});
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the database goes away under load', () => {
  it('laomo answers 503 while it is gone, reconnects by itself within seconds when it is back, and loses no acknowledged write', async () => {
    const admin = await new ApiClient(url).signIn('ops-admin', PASSWORD);
    const district = (await app.orm.em.fork().findOneOrFail(Organization, { name: '朝阳区总工会' })).nodeId;
    const acknowledged: string[] = [];
    const failures: string[] = [];
    let written = 0;
    let running = true;
    const worker = async (w: number) => {
      for (let i = 0; running; i++) {
        const name = `单位-${w}-${i}`;
        try {
          const result = await admin.gql(`mutation($input: OrganizationCreateInput!) { organizationCreate(input: $input) { organization { name } userErrors { code } } }`, {
            input: { name, kind: 'GRASSROOTS_UNION', parent: district, employerKind: 'ENTERPRISE' },
          });
          if (result.data?.organizationCreate?.organization?.name === name) {
            acknowledged.push(name);
            written++;
          } else failures.push(JSON.stringify(result.errors?.[0]?.extensions?.code ?? result));
        } catch (error) {
          failures.push(String(error));
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(worker));
    const writesAfter = async (count: number, ms: number) => {
      const target = written + count;
      const deadline = Date.now() + ms;
      while (written < target) {
        if (Date.now() > deadline) throw new Error(`fewer than ${count} writes within ${ms} ms (failures: ${failures.slice(-3).join(' | ')})`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    try {
      await writesAfter(20, 30_000);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);

      // kill -9: no shutdown, no checkpoint; what was acknowledged must come back from the write-ahead log.
      const killed = cluster.pid;
      process.kill(killed, 'SIGKILL');
      while (processAlive(killed)) await new Promise((r) => setTimeout(r, 20));
      for (const s of open) s.destroy();
      const failuresBefore = failures.length;
      await new Promise((r) => setTimeout(r, 2000));
      const down = await fetch(`${url}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ database: 'down' });
      expect(failures.length).toBeGreaterThan(failuresBefore);

      cluster = await startEmbeddedPostgres(path.join(dir, 'pg'));
      upstreamPort = portOf(cluster.url('laomo'));
      const back = Date.now();
      await writesAfter(20, 15_000);
      const recoveredInMs = Date.now() - back;
      console.log(`[outage] writes resumed ${recoveredInMs} ms after the database came back; ${acknowledged.length} acknowledged, ${failures.length} refused while it was away`);
      expect(recoveredInMs).toBeLessThan(10_000);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    } finally {
      running = false;
      await load;
    }

    // Every write the API acknowledged is in the database.
    const client = new pg.Client({ connectionString: cluster.url('laomo') });
    await client.connect();
    try {
      const stored = new Set((await client.query(`select name from organization where name like '单位-%'`)).rows.map((r) => r.name as string));
      const lost = acknowledged.filter((name) => !stored.has(name));
      expect(lost).toEqual([]);
      expect(acknowledged.length).toBeGreaterThan(40);
    } finally {
      await client.end();
    }
  }, 180_000);
});
