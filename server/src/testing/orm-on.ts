import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../db/orm-config.js';

/** laomo's ORM on a database of the test's own (e.g. an empty one, to walk the migrations step by step). */
export function ormOn(databaseUrl: string): Promise<MikroORM> {
  return MikroORM.init(ormConfig(databaseUrl));
}
