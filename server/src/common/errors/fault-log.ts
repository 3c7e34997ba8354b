import { DriverException } from '@mikro-orm/core';

/** PostgreSQL's error fields, copied onto the ORM's exception. */
interface DatabaseFault extends Error {
  code?: string;
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
}

/** The ORM's exception (by its class's name too, should the ORM be loaded twice), or pg's own error. */
function isDatabaseFault(error: unknown): error is DatabaseFault {
  if (error instanceof DriverException) return true;
  if (!(error instanceof Error)) return false;
  for (let proto = Object.getPrototypeOf(error); proto; proto = Object.getPrototypeOf(proto)) {
    if ((proto as { constructor?: { name?: string } }).constructor?.name === 'DriverException') return true;
  }
  return typeof (error as DatabaseFault).routine === 'string' && /^[0-9A-Z]{5}$/.test(String((error as DatabaseFault).code));
}

/**
 * The error a resolver threw, under the GraphQL errors wrapped around it. By its `originalError`, not by
 * `instanceof GraphQLError`: graphql-js may be loaded twice (type-graphql's CommonJS build beside the ES
 * module one Apollo uses), and an error of the other copy is not an instance of ours.
 */
function thrown(error: unknown): unknown {
  let e = error;
  for (let depth = 0; depth < 5 && e && typeof e === 'object' && (e as { originalError?: unknown }).originalError; depth++) e = (e as { originalError: unknown }).originalError;
  return e;
}

/**
 * The ORM's message split into its statement and PostgreSQL's words: it is "<statement> - <PostgreSQL's
 * message>"; a converted pg error has PostgreSQL's words alone.
 */
function partsOf(message: string): { sql: string; said: string } {
  const cut = message.lastIndexOf(' - ');
  return cut < 0 ? { sql: '', said: message } : { sql: message.slice(0, cut), said: message.slice(cut + 3) };
}

/** What kind of statement failed and on which table, without any of its values. */
function statementOf(sql: string): string | undefined {
  const write = /^\s*(insert into|update|delete from)\s+("[^"]+"|\w+)/i.exec(sql);
  if (write) return `${write[1]!.toLowerCase()} ${write[2]!.replaceAll('"', '')}`;
  const read = /^\s*select\b[\s\S]*?\bfrom\s+("[^"]+"|\w+)/i.exec(sql);
  return read ? `select from ${read[1]!.replaceAll('"', '')}` : undefined;
}

/**
 * What of a fault goes to the log (and to the job queue's record of a failed job). A database fault's
 * message holds the statement with every value written into it (the ORM formats parameters into the
 * text) and PostgreSQL's detail repeats the offending value (`Key (phone)=(13800000000) already exists`):
 * names, phone numbers and addresses would end up in log files that operators keep and forward. Such a fault
 * is logged as what identifies it without any value: its kind, SQLSTATE, table, column, constraint and
 * PostgreSQL's own words with a quoted value cut, and where in laomo it happened. Other faults pass as they
 * are, unless their message names someone (`withoutContacts`).
 */
export function faultForLog(error: unknown): unknown {
  const fault = thrown(error);
  if (!isDatabaseFault(fault)) return withoutContacts(error);
  const { sql, said } = partsOf(fault.message);
  const where = [
    statementOf(sql), fault.code && `SQLSTATE ${fault.code}`, fault.table && `table ${fault.table}`, fault.column && `column ${fault.column}`,
    fault.constraint && `constraint ${fault.constraint}`, fault.routine && `routine ${fault.routine}`,
  ].filter(Boolean).join(', ');
  const logged = new Error(`${said.replace(/: ".*"$/s, ': "…"')}${where ? ` (${where})` : ''}`);
  logged.name = fault.name;
  const frames = (fault.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at '));
  logged.stack = [`${logged.name}: ${logged.message}`, ...frames].join('\n');
  return logged;
}

/*
 * What identifies a person in a message of another system: a mail server refusing a recipient quotes the
 * address ("550 5.1.1 <name@example.com>: Recipient address rejected"), an SMS gateway the phone number, a
 * library an ID number it could not parse. Each is replaced by what it was, so the log still says why.
 */
const CONTACTS: [RegExp, string][] = [
  [/[\w.%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '<e-mail address>'],
  [/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, '<ID number>'],
  [/(?<![\dA-Za-z])(?:\+?86[- ]?)?1[3-9]\d{9}(?![\dA-Za-z])/g, '<phone number>'],
];

const masked = (text: string): string => CONTACTS.reduce((t, [pattern, name]) => t.replace(pattern, name), text);

/** The error as it is, or, when its message names an e-mail address, a phone or an ID number, a copy without them (same kind and frames). */
export function withoutContacts(error: unknown): unknown {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : null;
  if (message === null || masked(message) === message) return error;
  if (!(error instanceof Error)) return masked(message);
  const logged = new Error(masked(message));
  logged.name = error.name;
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at '));
  logged.stack = [`${logged.name}: ${logged.message}`, ...frames].join('\n');
  return logged;
}
