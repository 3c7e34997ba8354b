import 'reflect-metadata';
import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { laomoSchema } from './build.js';
import { NoticeEntry } from '../modules/notice/notice-entry.entity.js';

const SNAPSHOT_FIELDS = ['candidateName', 'gender', 'employerName', 'post', 'honorName', 'honorsHeld', 'publicSummary'];

describe('the built schema', () => {
  it('reads a candidate’s snapshot fields (simple getters) without a resolver, and still answers them', async () => {
    const schema = await laomoSchema();
    const fields = (schema.getType('NoticeEntry') as GraphQLObjectType).getFields();
    for (const name of SNAPSHOT_FIELDS) expect(fields[name]!.resolve, name).toBeUndefined();
    // Computed fields keep theirs.
    expect(fields.commentCount!.resolve).toBeTypeOf('function');
    expect(fields.id!.resolve).toBeTypeOf('function');
    // graphql's default resolver reads the getter off the entry.
    const entry = Object.create(NoticeEntry.prototype, { snapshot: { value: { candidateName: '王建国', honorsHeld: ['市劳模'] } } }) as NoticeEntry;
    expect(entry.candidateName).toBe('王建国');
    expect(entry.honorsHeld).toEqual(['市劳模']);
  });
});
