import 'reflect-metadata';
import express, { type Express } from 'express';
import cookieParser from 'cookie-parser';
import compression from 'compression';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './db/orm-config.js';
import { laomoSchema } from './schema/build.js';
import { compiledExecution } from './schema/compiled-execution.js';
import { formatError } from './common/errors/format-error.js';
import { localeFromHeader } from './common/i18n/locale.js';
import { viewerFromRequest } from './modules/account/session.service.js';
import { attachmentRoutes } from './modules/attachment/attachment.routes.js';
import { registryFileRoutes } from './modules/registry/registry-file.routes.js';
import { httpCachePolicyPlugin } from './common/http-cache.js';
import { PublicReadCache } from './common/public-read-cache.js';
import { publicReadAdmission } from './common/public-read-admission.js';
import { DatabaseChanges } from './common/database-changes.js';
import { webPages } from './web-pages.js';
import { healthRoutes } from './operations/health.routes.js';
import { faultHandler } from './operations/fault-handler.js';
import { JobQueue, type JobQueueOptions } from './common/jobs/job-queue.js';
import { jobDefinitions } from './modules/index.js';
import { TransactionSlots } from './common/transaction.js';
import { armor, queryLimitsPlugin, queryTokenLimit } from './common/query-limits.js';
import { systemClock, type Services } from './services.js';
import { requestServices } from './modules/demo-clock/demo-clock.js';
import type { Config } from './config.js';
import { parseDataKey, useDataKey } from './common/sealed-text.js';
import { useNamedStatements } from './common/raw-read.js';
import type { Context } from './context.js';
import type { SmsSender } from './modules/account/sms-sender.js';
import { mailSenderFor } from './modules/notification/mail-sender.js';

export interface AppOptions {
  config: Config;
  databaseUrl: string;
  sms: SmsSender;
  clock?: Services['clock'];
  /** How the job queue works here (common/jobs/job-queue.ts); tests poll more often and run no schedule. */
  jobs?: JobQueueOptions;
}

export interface App {
  express: Express;
  orm: MikroORM;
  services: Services;
  /** Scheduled and deferred work (common/jobs); nothing runs before `startJobs`. */
  jobs: JobQueue;
  /**
   * Starts working the queue and scheduling. Separate from creating the app so that no job runs on a
   * database still being migrated (main.ts calls it after the migrations).
   */
  startJobs(): Promise<void>;
  /** Marks the app as stopping: `/readyz` answers 503 and responses ask clients to reconnect elsewhere. */
  drain(): void;
  close(): Promise<void>;
}

/** Builds the whole laomo HTTP application on an existing database: GraphQL at /graphql, the web app at /. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config } = options;
  useDataKey(parseDataKey(config.dataKey, config.env));
  useNamedStatements(config.namedStatements);
  const orm = await MikroORM.init(ormConfig(options.databaseUrl));
  // Every instance hears of every committed write, so what it keeps in memory stays correct (database-changes.ts).
  const changes = new DatabaseChanges(options.databaseUrl, (m) => console.warn(m));
  await changes.start();
  const clock = options.clock ?? systemClock;
  const services: Services = { config, clock, wallClock: clock, sms: options.sms, mail: mailSenderFor(config.smtpUrl, config.mailFrom), changes };
  const production = config.env === 'production';
  const protection = armor.protect();
  const transactionSlots = new TransactionSlots(orm.config.get('pool')?.max ?? 10);
  // Before the routes: a mutation may queue work (an import's write).
  const jobs = new JobQueue(options.databaseUrl, options.jobs);
  for (const job of jobDefinitions(orm, services)) jobs.register(job);

  const apollo = new ApolloServer<Context>({
    // laomo's schema, executed compiled for anonymous GETs (schema/compiled-execution.ts).
    gateway: compiledExecution(await laomoSchema()),
    introspection: !production,
    csrfPrevention: true,
    // laomo stops in its own order on SIGTERM (main.ts): requests first, then Apollo, the pool, the cluster.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    validationRules: protection.validationRules,
    // graphql-armor's plugin types come from Apollo's CommonJS build; the objects are the same.
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      queryLimitsPlugin,
      // Caching is decided per request (see http-cache.ts), not from field hints: no per-field hook at all.
      ApolloServerPluginCacheControlDisabled(),
      httpCachePolicyPlugin,
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const publicReadCache = config.publicReadCache ? new PublicReadCache(changes, { now: () => services.clock.now() }) : undefined;

  const app = express();
  app.disable('x-powered-by');
  // Express decides from this whether its own error pages may carry details; laomo's config decides.
  app.set('env', config.env);
  app.set('trust proxy', 'loopback');
  // brotli or gzip for every answer that is worth it: the web app's files, its HTML and the API's JSON.
  app.use(compression());
  let draining = false;
  app.use((_req, res, next) => {
    if (draining) res.setHeader('Connection', 'close');
    next();
  });
  app.use(healthRoutes(orm, () => draining));
  app.use(cookieParser());
  app.use(
    '/graphql',
    ...(publicReadCache ? [publicReadCache.middleware] : []),
    // Reads the cache could not answer run a few at a time (public-read-admission.ts).
    publicReadAdmission(config.publicReadConcurrency),
    express.json({ limit: '1mb' }),
    queryTokenLimit,
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        // A fresh entity manager per request: its own identity map and unit of work.
        const em = orm.em.fork();
        return {
          em, req, res, transactionSlots, jobs,
          services: await requestServices(em, services),
          locale: localeFromHeader(req.headers['accept-language']),
          viewer: await viewerFromRequest(em, req, services),
          loaders: new Map(),
        };
      },
    }),
  );

  app.use('/api/attachments', attachmentRoutes(orm, services));
  app.use('/api/registry', registryFileRoutes(orm, services, jobs));

  const pages = webPages(config.webDist, { warn: (m) => console.warn(m), changes: config.publicReadCache ? changes : undefined, now: () => services.clock.now() });
  if (pages) app.use(pages);
  app.use(faultHandler);


  let closing: Promise<void> | undefined;
  return {
    express: app,
    orm,
    services,
    jobs,
    startJobs: () => jobs.start(),
    drain() {
      draining = true;
    },
    // Once: a test may close an instance that its first instance closes again.
    close() {
      closing ??= (async () => {
        draining = true;
        // Before the pool closes: a job under way finishes its writes first.
        await jobs.stop();
        await changes.close();
        await apollo.stop();
        await orm.close(true);
      })();
      return closing;
    },
  };
}
