import { describe, expect, it } from 'vitest';
import { AccessError, UserInputError, UserInputErrors } from '../errors/user-input-error.js';
import { Workflow, type Position } from './workflow.js';
import type { ErrorCode } from '../errors/catalogue.js';

/** The example table's own codes: a letter is not a process of laomo, so they are not in the catalogue. */
const code = (text: string) => text as ErrorCode;

/** A small process: a draft is sent (needs a title and a body), a sent one is returned (needs a reason). */
interface Letter { title: string; body: string; effects: string[] }
const needs = (field: 'title' | 'body') => async (l: Letter) => (l[field] ? [] : [new UserInputError(code(`letter/${field}_missing`), [field])]);
const letters = new Workflow<'DRAFT' | 'SENT', 'SEND' | 'RETURN', 'writer' | 'office', Letter>([
  { action: 'SEND', from: ['DRAFT'], to: 'SENT', who: ['writer'], guards: [needs('title'), needs('body')], effects: [(l) => { l.effects.push('sent'); }] },
  { action: 'RETURN', from: ['SENT'], to: 'DRAFT', who: ['office'], reason: true },
], { notNow: (state) => new UserInputError(code('letter/not_now'), null, { state }), reasonCode: code('letter/reason_required'), whoFirst: false });

const at = (state: 'DRAFT' | 'SENT', who: 'writer' | 'office', letter: Partial<Letter> = {}, reason?: string): Position<'DRAFT' | 'SENT', 'writer' | 'office', Letter> =>
  ({ state, actors: new Set([who]), reason, context: { title: '', body: '', effects: [], ...letter } });

const refusal = async (work: Promise<unknown>) => work.then(() => null, (error: unknown) => error);

describe('the workflow kernel', () => {
  it('reports every failing guard at once and runs no effect when one fails', async () => {
    const position = at('DRAFT', 'writer');
    const error = await refusal(letters.take('SEND', position));
    expect(error).toBeInstanceOf(UserInputErrors);
    expect((error as UserInputErrors).errors.map((e) => e.code)).toEqual(['letter/title_missing', 'letter/body_missing']);
    expect(position.context.effects).toEqual([]);
    const ready = at('DRAFT', 'writer', { title: '信', body: '内容' });
    expect((await letters.take('SEND', ready)).to).toBe('SENT');
    expect(ready.context.effects).toEqual(['sent']);
  });

  it('asks for a reason where the row says so, with the guards', async () => {
    const error = await refusal(letters.take('RETURN', at('SENT', 'office', {}, '  ')));
    expect((error as UserInputErrors).errors.map((e) => [e.code, e.field])).toEqual([['letter/reason_required', ['reason']]]);
    expect((await letters.take('RETURN', at('SENT', 'office', {}, '地址不全'))).to).toBe('DRAFT');
  });

  it('refuses a step from the wrong state, and a stranger, before looking at any guard', async () => {
    expect(await refusal(letters.check('SEND', at('SENT', 'writer')))).toMatchObject({ code: 'letter/not_now', params: { state: 'SENT' } });
    expect(await refusal(letters.check('SEND', at('DRAFT', 'office')))).toBeInstanceOf(AccessError);
    // Which comes first for a stranger in the wrong state is the process's choice (the older APIs differ).
    const whoFirst = new Workflow(letters.steps, { notNow: () => new UserInputError(code('letter/not_now')), reasonCode: code('letter/reason_required'), whoFirst: true });
    expect(await refusal(whoFirst.check('SEND', at('SENT', 'office')))).toBeInstanceOf(AccessError);
    expect(await refusal(letters.check('SEND', at('SENT', 'office')))).toMatchObject({ code: 'letter/not_now' });
  });

  it('lists the viewer’s options: whether a reason is needed and what already fails, never the reason itself', async () => {
    expect(await letters.options(at('DRAFT', 'writer', { title: '信' }))).toEqual([
      { action: 'SEND', reasonRequired: false, refusals: [new UserInputError(code('letter/body_missing'), ['body'])] },
    ]);
    expect(await letters.options(at('SENT', 'office'))).toEqual([{ action: 'RETURN', reasonRequired: true, refusals: [] }]);
    expect(await letters.options(at('SENT', 'writer'))).toEqual([]);
    expect(await letters.options(at('DRAFT', 'writer'), () => false)).toEqual([{ action: 'SEND', reasonRequired: false, refusals: [] }]);
  });

  it('has one row per action', () => {
    expect(() => new Workflow([...letters.steps, letters.steps[0]], { notNow: () => new UserInputError(code('x')), reasonCode: code('x'), whoFirst: true })).toThrow();
  });
});
