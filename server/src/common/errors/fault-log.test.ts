import { describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { faultForLog } from './fault-log.js';
import { formatError } from './format-error.js';

/** A unique violation as the ORM throws it from a flush: the statement with its values, and PostgreSQL's fields. */
function phoneTaken(): UniqueConstraintViolationException {
  const pg = Object.assign(
    new Error(`insert into "account" ("id", "display_name", "phone") values ('6b1f…', '张三', '13800000000') - duplicate key value violates unique constraint "account_phone_unique"`),
    { code: '23505', table: 'account', constraint: 'account_phone_unique', detail: 'Key (phone)=(13800000000) already exists.', routine: '_bt_check_unique' },
  );
  return new UniqueConstraintViolationException(pg);
}

const personal = /13800000000|张三/;

describe('faults in the log', () => {
  it('a database fault is logged by what identifies it, without the values its statement and detail quote', () => {
    const logged = faultForLog(phoneTaken()) as Error;
    const text = `${logged.message}\n${logged.stack}`;
    expect(text).not.toMatch(personal);
    expect(logged.message).toBe('duplicate key value violates unique constraint "account_phone_unique" (insert into account, SQLSTATE 23505, table account, constraint account_phone_unique, routine _bt_check_unique)');
    expect(logged.name).toBe('UniqueConstraintViolationException');
    expect(logged.stack).toMatch(/\n\s+at /);
  });

  it("a value PostgreSQL quotes in its own words is cut, and a resolver's fault is unwrapped", () => {
    const pg = Object.assign(new Error('invalid input syntax for type uuid: "13800000000"'), { code: '22P02', routine: 'string_to_uuid' });
    const logged = faultForLog(new GraphQLError('x', { originalError: pg })) as Error;
    expect(logged.message).toBe('invalid input syntax for type uuid: "…" (SQLSTATE 22P02, routine string_to_uuid)');
  });

  it('a fault of a GraphQL error of another copy of graphql-js is unwrapped by its original error', () => {
    const foreign = Object.assign(new Error('x'), { originalError: phoneTaken() });
    const logged = faultForLog(foreign) as Error;
    expect(logged.message).toContain('constraint account_phone_unique');
    expect(`${logged.message}\n${logged.stack}`).not.toMatch(personal);
  });

  it('other faults are logged as they are', () => {
    const error = new TypeError('cannot read properties of undefined');
    expect(faultForLog(error)).toBe(error);
  });

  it('an internal error of a request is logged without the personal values', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    formatError({ message: 'x', path: ['staffAccountCreate'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('x', { originalError: phoneTaken() }));
    const printed = log.mock.calls.flat().map((part) => (part instanceof Error ? `${part.message}\n${part.stack}` : String(part))).join('\n');
    expect(printed).toContain('account_phone_unique');
    expect(printed).toContain('at staffAccountCreate');
    expect(printed).not.toMatch(personal);
    log.mockRestore();
  });
});
