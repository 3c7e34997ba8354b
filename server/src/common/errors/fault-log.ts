import { DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';

/** PostgreSQL's error fields, copied onto the ORM's exception. */
interface DatabaseFault extends Error {
  code?: string;
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
}

const isDatabaseFault = (error: unknown): error is DatabaseFault =>
  error instanceof DriverException || (error instanceof Error && typeof (error as DatabaseFault).routine === 'string' && /^[0-9A-Z]{5}$/.test(String((error as DatabaseFault).code)));

/**
 * What of a fault goes to the log (and to the job queue's record of a failed job). A database fault's
 * message holds the statement with every value written into it (the ORM formats parameters into the
 * text) and PostgreSQL's detail repeats the offending value (`Key (phone)=(13800000000) already exists`):
 * names, phone numbers and addresses would end up in log files that operators keep and forward. Such a fault
 * is logged as what identifies it without any value: its kind, SQLSTATE, table, column, constraint and
 * PostgreSQL's own words with a quoted value cut, and where in laomo it happened. Other faults pass as they are.
 */
export function faultForLog(error: unknown): unknown {
  const fault = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (!isDatabaseFault(fault)) return error;
  // The ORM's message is "<statement> - <PostgreSQL's message>"; a converted pg error has PostgreSQL's alone.
  const said = fault.message.slice(fault.message.lastIndexOf(' - ') + 1).replace(/^- /, '').replace(/: ".*"$/s, ': "…"');
  const where = [
    fault.code && `SQLSTATE ${fault.code}`, fault.table && `table ${fault.table}`, fault.column && `column ${fault.column}`,
    fault.constraint && `constraint ${fault.constraint}`, fault.routine && `routine ${fault.routine}`,
  ].filter(Boolean).join(', ');
  const logged = new Error(`${said} (${where})`);
  logged.name = fault.name;
  const frames = (fault.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at '));
  logged.stack = [`${logged.name}: ${logged.message}`, ...frames].join('\n');
  return logged;
}
