import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const LIST = `query($search: String, $level: StudioLevel, $district: ID, $industry: StudioIndustry, $field: StudioField, $sort: StudioSort, $first: Int, $after: String) {
  studios(search: $search, level: $level, district: $district, industry: $industry, field: $field, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name level status district { name } results(first: 10) { nodes { title } } }
    facets {
      levels { value count } industries { value count } fields { value count }
      districts { count district { id name } }
    }
  }
}`;

type Filter = { search?: string; level?: string; district?: string; industry?: string; field?: string };

describe('the public studio list', () => {
  it('shows dozens of certified studios, paginated, without drafts or revoked ones', async () => {
    const visitor = t.anonymous();
    const first = await visitor.ok(LIST, { first: 20 });
    expect(first.studios.totalCount).toBeGreaterThanOrEqual(30);
    expect(first.studios.nodes).toHaveLength(20);
    const rest = await visitor.ok(LIST, { first: 100, after: first.studios.pageInfo.endCursor });
    const all = [...first.studios.nodes, ...rest.studios.nodes];
    expect(all).toHaveLength(first.studios.totalCount);
    expect(new Set(all.map((s: any) => s.id)).size).toBe(all.length);
    expect(all.every((s: any) => ['CERTIFIED', 'RECTIFYING'].includes(s.status))).toBe(true);
  });

  it('finds studios by name and by the title of a result', async () => {
    const visitor = t.anonymous();
    const byResult = await visitor.ok(LIST, { search: '电动多功能保洁三轮车' });
    expect(byResult.studios.totalCount).toBeGreaterThan(0);
    for (const s of byResult.studios.nodes) expect(s.results.nodes.map((r: any) => r.title)).toContain('自主研发的电动多功能保洁三轮车');
    const byName = await visitor.ok(LIST, { search: '张建国' });
    expect(byName.studios.nodes.map((s: any) => s.name)).toEqual(['张建国劳模创新工作室']);
  });

  it('counts each facet value exactly as the list filtered by it, under the other filters', async () => {
    const visitor = t.anonymous();
    const filters: Filter[] = [{}, { field: 'SAFETY' }, { level: 'MUNICIPAL', industry: 'TRANSPORT' }, { search: '工作室', level: 'DISTRICT' }];
    for (const filter of filters) {
      const { studios } = await visitor.ok(LIST, { ...filter, first: 1 });
      const checks: [keyof Filter, string, number][] = [
        ...studios.facets.levels.map((c: any) => ['level', c.value, c.count]),
        ...studios.facets.industries.map((c: any) => ['industry', c.value, c.count]),
        ...studios.facets.fields.map((c: any) => ['field', c.value, c.count]),
        ...studios.facets.districts.map((c: any) => ['district', c.district.id, c.count]),
      ] as [keyof Filter, string, number][];
      expect(checks.length).toBeGreaterThan(0);
      for (const [facet, value, count] of checks) {
        const narrowed = await visitor.ok(LIST, { ...filter, [facet]: value, first: 1 });
        expect(narrowed.studios.totalCount, `${JSON.stringify(filter)} + ${facet}=${value}`).toBe(count);
      }
      // A facet's own choice does not narrow its counts: they add up to the list without it.
      for (const facet of ['level', 'industry', 'field'] as const) {
        const { [facet]: _own, ...others } = filter;
        const without = await visitor.ok(LIST, { ...others, first: 1 });
        const key = { level: 'levels', industry: 'industries', field: 'fields' }[facet];
        const sum = studios.facets[key].reduce((n: number, c: any) => n + c.count, 0);
        expect(sum).toBe(without.studios.totalCount);
      }
    }
  });

  it('filters by district and field together', async () => {
    const visitor = t.anonymous();
    const { studios } = await visitor.ok(LIST, { first: 1 });
    const chaoyang = studios.facets.districts.find((d: any) => d.district.name === '朝阳区总工会');
    const filtered = await visitor.ok(LIST, { district: chaoyang.district.id, field: 'PROCESS_IMPROVEMENT', first: 50 });
    expect(filtered.studios.totalCount).toBeGreaterThan(0);
    expect(filtered.studios.nodes.every((s: any) => s.district.name === '朝阳区总工会')).toBe(true);
  });

  it('sorts by the number of results, which each card shows', async () => {
    const { studios } = await t.anonymous().ok(`{ studios(sort: MOST_RESULTS, first: 50) { nodes { resultCount results(first: 1) { totalCount } } } }`);
    const counts = studios.nodes.map((s: any) => s.resultCount);
    expect(counts).toEqual(studios.nodes.map((s: any) => s.results.totalCount));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts.at(-1));
  });

  it('lists recent results across studios, latest first', async () => {
    const { studioResults } = await t.anonymous().ok(`{ studioResults(first: 30) { totalCount nodes { title achievedOn studio { name status } } } }`);
    expect(studioResults.totalCount).toBeGreaterThan(50);
    const dates = studioResults.nodes.map((r: any) => r.achievedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(studioResults.nodes.every((r: any) => ['CERTIFIED', 'RECTIFYING'].includes(r.studio.status))).toBe(true);
  });
});
