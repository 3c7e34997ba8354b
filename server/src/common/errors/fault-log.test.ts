import { describe, expect, it, vi } from 'vitest';
import { GraphQLError } from 'graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { faultForLog, withoutContacts } from './fault-log.js';
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

  it("another system's fault that quotes an address, a phone or an ID number is logged without them, and says what they were", () => {
    const smtp = new Error('Can\'t send mail - all recipients were rejected: 550 5.1.1 <zhang.san+laomo@example.com.cn>: Recipient address rejected');
    smtp.name = 'MailError';
    const logged = faultForLog(smtp) as Error;
    expect(logged.message).toBe('Can\'t send mail - all recipients were rejected: 550 5.1.1 <<e-mail address>>: Recipient address rejected');
    expect(logged.name).toBe('MailError');
    expect(logged.stack).not.toContain('example.com');
    expect(logged.stack).toMatch(/\n\s+at /);
    expect((withoutContacts(new Error('gateway refused +86 13800000000 and 110105196001010017 / 11010519600101001X')) as Error).message)
      .toBe('gateway refused <phone number> and <ID number> / <ID number>');
    expect(withoutContacts('to 13912345678')).toBe('to <phone number>');
  });

  it('a fault naming no one passes as it is, ids and long numbers of other kinds included', () => {
    const plain = new Error('could not reach the file store at 10.0.0.12:9000 (job 8795a271-5090-4c0c-89a2-627680001380, 123456789012 bytes)');
    expect(faultForLog(plain)).toBe(plain);
  });
});
