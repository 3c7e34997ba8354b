import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import type { Context } from '../../context.js';
import { facetCounts } from './studio.search.js';
import { StudioFacets, StudioListing } from './studio.types.js';
import type { StudioField, StudioIndustry, StudioLevel } from './studio.enums.js';

@Resolver(() => StudioListing)
export class StudioListingResolver {
  @FieldResolver(() => StudioFacets, { description: 'Grouped counts in SQL, each under the filters but its own.' })
  async facets(@Root() listing: StudioListing, @Ctx() ctx: Context): Promise<StudioFacets> {
    const { em } = ctx;
    const levels = await facetCounts(em, listing.filter, 'level');
    const districts = await facetCounts(em, listing.filter, 'district');
    const industries = await facetCounts(em, listing.filter, 'industry');
    const fields = await facetCounts(em, listing.filter, 'field');
    const orgs = await em.find(Organization, { id: { $in: districts.map((d) => d.value) } });
    return {
      levels: levels.map((c) => ({ value: c.value as StudioLevel, count: c.count })),
      districts: districts.map((c) => ({ district: orgs.find((o) => o.id === c.value)!, count: c.count })),
      industries: industries.map((c) => ({ value: c.value as StudioIndustry, count: c.count })),
      fields: fields.map((c) => ({ value: c.value as StudioField, count: c.count })),
    };
  }
}
