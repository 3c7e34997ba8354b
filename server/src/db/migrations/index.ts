/**
 * Every migration, in order. Listed rather than globbed so they load through the same module
 * system as the rest of the code (tsc output, swc in development, vite in tests).
 * `pnpm db:migration:create` writes a new file; add it here.
 */
import { Migration20261121063122_foundation } from './Migration20261121063122_foundation.js';

export const migrationsList = [
  { name: 'Migration20261121063122_foundation', class: Migration20261121063122_foundation },
];
