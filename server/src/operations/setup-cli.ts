/**
 * Setting up an installation, in any mode (production included):
 *   organizations:import <file.xlsx|file.csv>   the organization tree, all or nothing
 *   admin:create <username> <display name>      the first administrator; the password is read from
 *                                               LAOMO_ADMIN_PASSWORD, else asked for on the terminal
 * Uses DATABASE_URL (or the embedded PostgreSQL of `npm start`), migrates it and loads the reference data first.
 */
import 'reflect-metadata';
import readline from 'node:readline/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { ormConfig } from '../db/orm-config.js';
import { loadReferenceData, migrate } from '../db/lifecycle.js';
import { importOrganizations, readOrganizationRows, OrganizationImportError } from '../modules/organization/organization-import.js';
import { createFirstAdministrator, FirstAdministratorError } from '../modules/account/first-administrator.js';

const USAGE = 'usage: setup-cli organizations:import <file.xlsx|file.csv>\n       setup-cli admin:create <username> <display name>   (password from LAOMO_ADMIN_PASSWORD or the terminal)';

async function askPassword(): Promise<string> {
  if (process.env.LAOMO_ADMIN_PASSWORD) return process.env.LAOMO_ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new FirstAdministratorError('set LAOMO_ADMIN_PASSWORD, or run this on a terminal to be asked');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    const first = await rl.question('password: ');
    const again = await rl.question('password again: ');
    if (first !== again) throw new FirstAdministratorError('the two passwords differ');
    return first;
  } finally {
    rl.close();
  }
}

const [command, ...args] = process.argv.slice(2);
if (!['organizations:import', 'admin:create'].includes(command ?? '') || (command === 'organizations:import' ? args.length !== 1 : args.length < 2)) {
  console.error(USAGE);
  process.exit(2);
}

const database = await openDatabase(loadConfig());
const orm = await MikroORM.init(ormConfig(database.url));
try {
  await migrate(orm);
  await loadReferenceData(orm);
  if (command === 'organizations:import') {
    const created = await importOrganizations(orm.em.fork(), await readOrganizationRows(args[0]));
    console.log(`imported ${created} organization(s) from ${args[0]}`);
  } else {
    const account = await createFirstAdministrator(orm.em.fork(), { username: args[0], displayName: args.slice(1).join(' '), password: await askPassword() });
    console.log(`created the administrator "${account.username}"; sign in on the web page with this username`);
  }
} catch (error) {
  if (!(error instanceof OrganizationImportError || error instanceof FirstAdministratorError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await orm.close(true);
  await database.stop();
}
// Explicitly: a library's exit hook must not turn a refused import into status 0.
process.exit(process.exitCode ?? 0);
