import pg from 'pg';

/** The channel the database triggers (db/public-change.ts) notify on every committed write, with the table's name. */
export const CHANGE_CHANNEL = 'laomo_public_change';

type ChangeListener = (table: string | undefined) => void;

/**
 * Hears of every committed write to the database's public tables, whichever instance made it: one connection
 * that LISTENs on the channel the statement triggers notify (delivered on commit to every listener). Caches
 * in this process use it to drop what changed. While the connection is down a change could go unheard, so
 * `listening` is false and caches must neither keep nor serve; on reconnection every listener hears a change
 * of everything (`undefined`).
 */
export class DatabaseChanges {
  private client?: pg.Client;
  private closed = false;
  private retry?: NodeJS.Timeout;
  private readonly listeners = new Set<ChangeListener>();
  listening = false;

  constructor(private readonly databaseUrl: string, private readonly log: (message: string) => void = () => {}) {}

  /** Calls `listener` with the table of every change heard, or `undefined` for "anything may have changed". */
  subscribe(listener: ChangeListener): void {
    this.listeners.add(listener);
  }

  private emit(table: string | undefined): void {
    for (const listener of this.listeners) listener(table);
  }

  /** Resolves once the first connection listens, or has failed (it then retries every second). */
  async start(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => this.emit(message.payload));
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.listening = false;
      this.emit(undefined);
      client.end().catch(() => {});
      this.scheduleRetry();
    };
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`listen ${CHANGE_CHANNEL}`);
      this.client = client;
      this.listening = true;
      this.emit(undefined); // whatever changed while nobody listened
    } catch (error) {
      this.log(`database changes: cannot listen (${(error as Error).message}); retrying`);
      client.end().catch(() => {});
      this.scheduleRetry();
    }
  }

  private scheduleRetry(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.start();
    }, 1000);
    this.retry.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    this.listening = false;
    await client?.end().catch(() => {});
  }
}

/**
 * A value read from one table that this process keeps while it hears of every change to that table, and reads
 * again after one (e.g. the calendar, the demo clock: written a few times a year, read by every request). While
 * not listening it is read every time. `forget` drops it at once, so the instance that made a change does not
 * wait for its own notification.
 */
export function keptUntilChanged<T, Em extends { fork(): Em }>(table: string, load: (em: Em) => Promise<T>) {
  const kept = new WeakMap<DatabaseChanges, Promise<T>>();
  const watched = new WeakSet<DatabaseChanges>();
  return {
    read(em: Em, changes: DatabaseChanges | undefined): Promise<T> {
      if (!changes?.listening) return load(em);
      if (!watched.has(changes)) {
        watched.add(changes);
        changes.subscribe((changed) => {
          if (changed === undefined || changed === table) kept.delete(changes);
        });
      }
      let value = kept.get(changes);
      if (!value) {
        value = load(em.fork());
        kept.set(changes, value);
        value.catch(() => kept.delete(changes));
      }
      return value;
    },
    forget(changes: DatabaseChanges | undefined): void {
      if (changes) kept.delete(changes);
    },
  };
}
