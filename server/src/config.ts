import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root, resolved from this file so that `src/` (dev) and `dist/` (built) agree. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  /** An existing PostgreSQL; when absent laomo starts an embedded one under `.data/`. */
  databaseUrl?: string;
  dataDir: string;
  webDist: string;
  sessionDays: number;
  /** Name of the verification-code sender; `log` writes codes to the log and is refused in production. */
  smsSender: string;
  /** laomo's own cache of anonymous public reads (common/public-read-cache.ts); `LAOMO_PUBLIC_CACHE=off` turns it off. */
  publicReadCache: boolean;
  /** LAOMO_PUBLIC_READ_CONCURRENCY: how many anonymous reads run at once, the rest queued (common/public-read-admission.ts). */
  publicReadConcurrency: number;
  /**
   * LAOMO_NAMED_STATEMENTS: the hot statements are named (prepared) ones, planned once per connection
   * (common/raw-read.ts); `off` sends them unnamed, for a pooler that does not keep a client's prepared
   * statements (PgBouncer in transaction mode before 1.21, or without `max_prepared_statements`).
   */
  namedStatements: boolean;
  /** LAOMO_DATA_KEY: the key of personal information at rest (common/sealed-text.ts); required in production. */
  dataKey?: string;
  /** LAOMO_SMTP_URL: the SMTP server notification e-mails go through; without it e-mail is off. */
  smtpUrl?: string;
  /** LAOMO_MAIL_FROM: the sender of notification e-mails. */
  mailFrom: string;
  /** LAOMO_PUBLIC_URL: the address people open laomo at, for links in SMS and e-mail. */
  publicUrl: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  return {
    env: mode,
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.LAOMO_DATA_DIR ?? path.join(repoRoot, '.data'),
    webDist: env.LAOMO_WEB_DIST ?? path.join(repoRoot, 'web', 'dist'),
    sessionDays: Number(env.LAOMO_SESSION_DAYS ?? 14),
    smsSender: env.LAOMO_SMS_SENDER ?? (mode === 'production' ? '' : 'log'),
    publicReadCache: env.LAOMO_PUBLIC_CACHE !== 'off',
    publicReadConcurrency: positiveWhole(env, 'LAOMO_PUBLIC_READ_CONCURRENCY', 8),
    namedStatements: env.LAOMO_NAMED_STATEMENTS !== 'off',
    dataKey: env.LAOMO_DATA_KEY || undefined,
    smtpUrl: env.LAOMO_SMTP_URL || undefined,
    mailFrom: env.LAOMO_MAIL_FROM ?? 'laomo <no-reply@laomo.local>',
    publicUrl: (env.LAOMO_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 4000}`).replace(/\/$/, ''),
  };
}

function positiveWhole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of 1 or more (it is "${raw}")`);
  return value;
}
