import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { DataloaderType, ReflectMetadataProvider } from '@mikro-orm/core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entities } from '../modules/index.js';
import { migrationsList } from './migrations/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator, SeedManager],
    migrations: {
      // Where `migration:create` writes (always the TypeScript sources); running uses the list.
      path: path.join(here.replace(`${path.sep}dist${path.sep}`, `${path.sep}src${path.sep}`), 'migrations'),
      migrationsList,
      transactional: true,
      allOrNothing: true,
      // Diffs are taken against the migrated database, not a snapshot file, so that features written
      // side by side each add their own migration without a shared snapshot to merge.
      snapshot: false,
      emit: 'ts',
    },
    pool: { min: 0, max: 10 },
    // References and collections loaded in the same tick are read in one statement: a list of 100 files each
    // resolving its honor is one query, not 100 (field resolvers call `ref.load()` one row at a time).
    dataloader: DataloaderType.ALL,
    debug: false,
    allowGlobalContext: false,
    ...overrides,
  });
}
