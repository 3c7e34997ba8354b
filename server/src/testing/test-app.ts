import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { inject } from 'vitest';
import { createApp, type App } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { DEVELOPMENT_DATA_KEY } from '../common/sealed-text.js';
import { MemorySmsSender } from '../modules/account/sms-sender.js';
import { DEMO_PASSWORD } from '../db/seeders/demo-accounts.js';
import { createTestDatabase } from './test-cluster.js';
import { TestClock } from './test-clock.js';

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
}

/** One person talking to the API: keeps their session cookie like a browser would. */
export class ApiClient {
  private cookie = '';

  constructor(readonly baseUrl: string, private readonly locale = 'zh-CN') {}

  /** The session cookie, for plain HTTP requests (uploads, downloads) made as this person. */
  get cookieHeader(): string {
    return this.cookie;
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': this.locale, cookie: this.cookie, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      this.cookie = pair.endsWith('=') ? '' : pair;
    }
    return (await response.json()) as GqlResult<T>;
  }

  /** Runs an operation that must succeed: throws with the errors otherwise. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async signIn(login: string, password = DEMO_PASSWORD): Promise<this> {
    const data = await this.ok(`mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { userErrors { code message } } }`, {
      input: { login, password },
    });
    if (data.sessionCreate.userErrors.length) throw new Error(`sign-in of ${login} failed: ${JSON.stringify(data.sessionCreate.userErrors)}`);
    return this;
  }

  /** Signs in a staff account that someone else made, and sets its own password first, as it must before acting. */
  async signInAndSetOwnPassword(login: string, temporary: string, own = `${temporary}-Own!7q`): Promise<this> {
    await this.signIn(login, temporary);
    const data = await this.ok(`mutation($input: AccountPasswordChangeInput!) { accountPasswordChange(input: $input) { userErrors { code message } } }`, {
      input: { currentPassword: temporary, newPassword: own },
    });
    if (data.accountPasswordChange.userErrors.length) throw new Error(`${login} could not set a password: ${JSON.stringify(data.accountPasswordChange.userErrors)}`);
    return this;
  }
}

export interface TestApp {
  app: App;
  url: string;
  clock: TestClock;
  sms: MemorySmsSender;
  /** A signed-out visitor. */
  anonymous(locale?: string): ApiClient;
  /** A demo account (see db/seeders/demo-accounts.ts), signed in. */
  as(username: string, locale?: string): Promise<ApiClient>;
  /** A second instance of laomo on the same database (as behind a load balancer), closed with this one. */
  anotherInstance(): Promise<TestApp>;
  close(): Promise<void>;
}

/**
 * The whole laomo app on its own database (a copy of the run's migrated, seeded template) and a free
 * port, with a clock and an SMS sender the test controls.
 */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase(inject('laomoCluster'));
  return startInstance(database, overrides, database.drop);
}

async function startInstance(database: { url: string }, overrides: Partial<Config>, dropDatabase?: () => Promise<void>): Promise<TestApp> {
  const clock = new TestClock();
  const sms = new MemorySmsSender();
  // The template database was sealed with the development key; test apps in production mode use it too.
  const config = { ...loadConfig({ NODE_ENV: 'test', LAOMO_DATA_KEY: DEVELOPMENT_DATA_KEY }), ...overrides };
  // No schedule turns into jobs here: at a 10-minute mark, an escalation would land in the middle of a
  // test that moved the clock. Tests queue the job they test (app.jobs.send).
  const app = await createApp({ config, databaseUrl: database.url, sms, clock, jobs: { pollingIntervalSeconds: 0.5, runSchedules: false } });
  await app.startJobs();
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const others: TestApp[] = [];
  return {
    app, url, clock, sms,
    anonymous: (locale) => new ApiClient(url, locale),
    as: (username, locale) => new ApiClient(url, locale).signIn(username),
    async anotherInstance() {
      const other = await startInstance(database, overrides);
      other.clock.set(clock.now());
      others.push(other);
      return other;
    },
    async close() {
      for (const other of others) await other.close();
      await new Promise((resolve) => server.close(resolve));
      await app.close();
      await dropDatabase?.();
    },
  };
}
