import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClientSchema, getIntrospectionQuery, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType,
  isObjectType, isScalarType, isUnionType, type GraphQLArgument, type GraphQLInputType, type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { seedOpenNotice, startTestApp, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  t = await startTestApp();
  schema = buildClientSchema((await t.anonymous().ok(getIntrospectionQuery())) as never);
});
afterAll(async () => { await t.close(); });

/** Field names that suggest personal information (DOMAIN.md, "What the public may see"). */
const PERSONAL = /id_?number|id_?card|phone|mobile|address|family|health|income|salary|review_?note|objector|contact|e_?mail|birth|ethnic|political|^deeds$/i;

/** Reviewed: public office contacts and masked values, not a person's data. */
const ALLOWED = new Map([
  ['Organization.contact', 'the union office’s public phone and address, printed on every notice'],
  ['Notice.objectionContact', 'where to object: the organizing office, as the notice publishes it'],
  ['Account.phoneMasked', 'masked (138****5678), and an Account is only ever the viewer’s own or reached by staff'],
]);

/**
 * Reviewed: root fields that refuse an anonymous caller (checked below by calling each of them
 * anonymously), and `node`, whose loaders each apply their own query's rule (registerNodes). The walk
 * does not follow them; everything else reachable from Query is what an anonymous caller can read.
 */
const GUARDED_ROOTS = new Set(['node']);

/**
 * Reviewed: staff-only edges that answer an anonymous caller with null rather than an error. The
 * walk does not follow them; each has a probe that reads it anonymously on real data and must get null.
 */
const GUARDED_EDGES = new Map<string, () => Promise<unknown>>([
  ['Query.nomination', async () => {
    const fx = await seedOpenNotice(t, { candidates: 1 });
    const id = toGlobalId('Nomination', fx.nominations[0]);
    return (await t.anonymous().ok(`query($id: ID!) { nomination(id: $id) { id } node(id: $id) { id } }`, { id }));
  }],
  ['Studio.certification', async () => {
    const { studios } = await t.anonymous().ok(`{ studios(first: 20) { nodes { certification { __typename } } } }`);
    return studios.nodes.map((s: { certification: unknown }) => s.certification);
  }],
]);

function sampleArg(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleArg(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sampleArg(f.type)]));
  const scalar = (type as GraphQLNamedType).name;
  return { ID: 'Tm9uZTowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA', Int: 1, Float: 1, Boolean: false }[scalar] ?? '2026-03-03';
}

/** Calls a root field anonymously with sample arguments; true when it refuses (sign in / forbidden). */
async function refusesAnonymous(field: string, args: readonly GraphQLArgument[]): Promise<boolean> {
  const required = args.filter((a) => isNonNullType(a.type));
  const declared = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const variables = Object.fromEntries(required.map((a) => [a.name, sampleArg(a.type)]));
  const returns = getNamedType(schema.getQueryType()!.getFields()[field].type);
  const selection = isScalarType(returns) || isEnumType(returns) ? '' : '{ __typename }';
  const result = await t.anonymous().gql(`query${declared ? `(${declared})` : ''} { ${field}${passed ? `(${passed})` : ''} ${selection} }`, variables);
  const code = result.errors?.[0]?.extensions?.code;
  return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
}

describe('what an anonymous caller can reach', () => {
  it('has no field that suggests personal data', async () => {
    const query = schema.getQueryType()!;
    const refusing: string[] = [];
    for (const [name, field] of Object.entries(query.getFields())) {
      if (!GUARDED_ROOTS.has(name) && await refusesAnonymous(name, field.args)) refusing.push(name);
    }
    const seen = new Set<string>();
    const found: string[] = [];
    const queue: { type: GraphQLNamedType; via: string }[] = [];
    for (const [name, field] of Object.entries(query.getFields())) {
      if (!GUARDED_ROOTS.has(name) && !refusing.includes(name) && !GUARDED_EDGES.has(`Query.${name}`)) queue.push({ type: getNamedType(field.type), via: `Query.${name}` });
    }
    while (queue.length) {
      const { type, via } = queue.shift()!;
      if (seen.has(type.name)) continue;
      seen.add(type.name);
      const next = isUnionType(type) ? type.getTypes() : isInterfaceType(type) ? schema.getPossibleTypes(type) : [];
      for (const t2 of next) queue.push({ type: t2, via: `${via} … ${t2.name}` });
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const [name, field] of Object.entries(type.getFields())) {
        const path = `${type.name}.${name}`;
        if (PERSONAL.test(name) && !ALLOWED.has(path)) found.push(`${path} (via ${via})`);
        if (!GUARDED_EDGES.has(path)) queue.push({ type: getNamedType(field.type), via: `${via}.${name}` });
      }
    }
    expect(seen.has('NoticeEntry') && seen.has('Comment') && seen.has('Notice')).toBe(true);
    expect(found).toEqual([]);
  });

  it('gets nothing through the reviewed staff-only edges', async () => {
    expect(await GUARDED_EDGES.get('Query.nomination')!()).toEqual({ nomination: null, node: null });
    const certifications = await GUARDED_EDGES.get('Studio.certification')!() as unknown[];
    expect(certifications.length).toBeGreaterThan(0);
    expect(certifications.every((c) => c === null)).toBe(true);
  });

  it('is refused the staff and objector queries it cannot use', async () => {
    const fields = schema.getQueryType()!.getFields();
    for (const name of ['objections', 'viewerObjections', 'objection', 'commentModerationQueue']) {
      expect(await refusesAnonymous(name, fields[name].args), name).toBe(true);
    }
  });
});
