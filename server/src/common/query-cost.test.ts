import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getOperationAST, Kind, parse, visit, type DocumentNode, type FieldNode } from 'graphql';
import { laomoSchema } from '../schema/build.js';
import { MAX_QUERY_COST, queryCost } from './query-cost.js';

const costOf = async (query: string | DocumentNode, variables: Record<string, unknown> = {}) => {
  const document = typeof query === 'string' ? parse(query) : query;
  return queryCost({ schema: await laomoSchema(), document, operation: getOperationAST(document)!, variables });
};

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * urql's document cache adds `__typename` to every selection set below the operation's root before it
 * sends a document, and the server counts those fields too: without them a page's query passed here and
 * was refused in the browser (the care budgets page, at 56,268).
 */
const asUrqlSendsIt = (document: DocumentNode): DocumentNode => visit(document, {
  SelectionSet: (set, _key, parent) => {
    if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
    if (set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
    return { ...set, selections: [...set.selections, TYPENAME] };
  },
});

/** Every operation the web app sends, as codegen wrote it (documents with their fragments), as urql sends it. */
function webDocuments(): [string, DocumentNode][] {
  const source = fs.readFileSync(new URL('../../../web/src/gql/graphql.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as /gm)].map(([, name, json]) => [name, asUrqlSendsIt(JSON.parse(json))]);
}

/** The page sizes the web passes in `$first`: its pagers ask for 20, the objection entry page for 100 notices. */
const WEB_PAGE_SIZES: Record<string, number> = { Notices: 100, Notice: 100 };

const NESTED = `query($n: Int, $m: Int = 100) { notices(period: OPEN, first: $n) { nodes { entries(first: $m) { nodes { comments(first: $n) { nodes { id body } } } } } } }`;

describe('query cost', () => {
  it('counts a page size passed in a variable as if it were written in the query', async () => {
    const literal = await costOf(NESTED.replace('($n: Int, $m: Int = 100)', '').replace(/\$[nm]/g, '100'));
    expect(literal).toBeGreaterThan(10_000_000);
    expect(await costOf(NESTED, { n: 100, m: 100 })).toBe(literal);
  });

  it('takes a variable’s default, then the server’s default page size, when no value is passed', async () => {
    expect(await costOf(NESTED, { n: 100 })).toBe(await costOf(NESTED, { n: 100, m: 100 }));
    expect(await costOf(NESTED, { m: 20 })).toBe(await costOf(NESTED, { n: 20, m: 20 }));
    expect(await costOf('query { notices(period: OPEN) { nodes { id } } }')).toBe(await costOf('query { notices(period: OPEN, first: 20) { nodes { id } } }'));
  });

  it('counts fields reached through fragments', async () => {
    const spread = await costOf(`query { notices(period: OPEN, first: 50) { nodes { ...N } } } fragment N on Notice { id title entries(first: 50) { nodes { id } } }`);
    expect(spread).toBe(await costOf(`query { notices(period: OPEN, first: 50) { nodes { id title entries(first: 50) { nodes { id } } } } }`));
  });

  it('lets every operation of the web app through at the page sizes it sends', async () => {
    const documents = webDocuments();
    expect(documents.length).toBeGreaterThan(50);
    for (const [name, document] of documents) {
      const cost = await costOf(document, { first: WEB_PAGE_SIZES[name] ?? 20 });
      expect(cost, name).toBeLessThanOrEqual(MAX_QUERY_COST);
    }
  });
});
