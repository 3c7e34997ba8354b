import type { MikroORM } from '@mikro-orm/postgresql';
import { CHANGE_CHANNEL } from '../common/database-changes.js';

/**
 * Tables whose writes never change what the public reads: bookkeeping of sessions, limits and the audit log.
 * They are written on nearly every request, and a notification from them would only empty the caches.
 */
export const PRIVATE_TABLES = [
  'mikro_orm_migrations', 'session', 'sign_in_guard', 'verification_code', 'rate_limit_bucket', 'idempotency_key', 'audit_entry',
  // An import's progress is written every few thousand rows; the records it writes notify as they should.
  'registry_import',
  // What is told to whom: written at every event and at every sign-in (the language kept), never public.
  'notification', 'notification_delivery', 'notification_digest_sent', 'notification_preference', 'notification_settings',
];

/** Columns whose updates change nothing public: a sign-in writes these on every account. */
export const PRIVATE_COLUMNS: Record<string, string[]> = {
  account: ['last_signed_in_at', 'password_hash', 'must_change_password', 'updated_at'],
};

/**
 * Makes every other table tell the instances' public read caches (common/database-changes.ts) of each committed
 * write: a statement trigger that calls `pg_notify`. Run after the migrations at every start, so a table that a
 * later migration adds is watched without anyone having to remember it. Idempotent.
 */
export async function watchPublicTables(orm: MikroORM): Promise<void> {
  const excluded = PRIVATE_TABLES.map((t) => `'${t}'`).join(', ');
  const quietColumns = Object.entries(PRIVATE_COLUMNS).flatMap(([table, columns]) => columns.map((c) => `('${table}', '${c}')`)).join(', ');
  await orm.em.getConnection().execute(`
    create or replace function laomo_notify_public_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('${CHANGE_CHANNEL}', tg_table_name);
      return null;
    end $$;
    do $$
    declare t record; updates text;
    begin
      -- A table listed as private after it was watched stops telling (its trigger from an earlier start goes).
      for t in select tablename from pg_tables where schemaname = current_schema() and tablename in (${excluded}) loop
        execute format('drop trigger if exists laomo_public_change on %I', t.tablename);
      end loop;
      for t in select tablename from pg_tables where schemaname = current_schema() and tablename not in (${excluded}) loop
        -- An update counts when it sets a column that may be public (all of them, but the quiet ones listed above).
        select 'update of ' || string_agg(quote_ident(c.column_name), ', ') into updates
          from information_schema.columns c
         where c.table_schema = current_schema() and c.table_name = t.tablename
           and (c.table_name, c.column_name) not in (values ${quietColumns});
        execute format('create or replace trigger laomo_public_change after insert or %s or delete or truncate on %I
                        for each statement execute function laomo_notify_public_change()', updates, t.tablename);
      end loop;
    end $$;`);
}
