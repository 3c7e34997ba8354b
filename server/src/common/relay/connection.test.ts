import { describe, expect, it } from 'vitest';
import { pageWindow, toConnection } from './connection.js';

describe('Relay connections', () => {
  it('page through a list with opaque cursors', () => {
    const first = pageWindow({ first: 2 });
    const page1 = toConnection(['a', 'b', 'c'], 5, first);
    expect(page1.nodes).toEqual(['a', 'b']);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = pageWindow({ first: 2, after: page1.pageInfo.endCursor! });
    expect(second).toEqual({ limit: 2, offset: 2 });
    const page2 = toConnection(['c', 'd', 'e'], 5, second);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('cap the page size at 100 and refuse a forged cursor', () => {
    expect(() => pageWindow({ first: 101 })).toThrow(expect.objectContaining({ code: 'common/page_size', field: ['first'] }));
    expect(() => pageWindow({ first: 0 })).toThrow(expect.objectContaining({ code: 'common/page_size' }));
    expect(() => pageWindow({ after: 'bm90LWEtY3Vyc29y' })).toThrow(expect.objectContaining({ code: 'common/bad_cursor' }));
  });
});
