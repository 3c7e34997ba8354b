import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { translate } from '../../common/i18n/messages.js';
import { PageArgs, paginate, type Connection } from '../../common/relay/connection.js';
import { historyPage } from '../audit/audit.service.js';
import { AuditEntryConnection } from '../audit/audit.types.js';
import type { Context } from '../../context.js';
import type { Studio } from './studio.entity.js';
import { StudioCriterion, StudioMember, StudioReview } from './studio-parts.entity.js';
import { STUDIO_HAVES } from './studio.enums.js';
import { STUDIO_LEVEL_RULES, ruleBreaches } from './studio-level-rules.js';
import { studioFacts } from './studio-facts.js';
import { mayManageStudio } from './studio.access.js';
import { StudioCertification, StudioMemberRecordConnection, type StudioMemberRecord } from './studio.types.js';

/** The certification file, for the studio's lead and the staff over it; null for everyone else. */
export async function certificationOf(ctx: Context, studio: Studio): Promise<StudioCertification | null> {
  if (!(await mayManageStudio(ctx.viewer, studio))) return null;
  const { em } = ctx;
  const [criteria, reviews, facts] = [
    await em.find(StudioCriterion, { studio }),
    await em.find(StudioReview, { studio }, { orderBy: { year: 'desc' } }),
    await studioFacts(em, studio, ctx.services.clock.now()),
  ];
  return {
    studio,
    criteria: STUDIO_HAVES.flatMap((have) => criteria.filter((c) => c.have === have)),
    reviews,
    ruleBreaches: ruleBreaches(STUDIO_LEVEL_RULES[studio.level], facts).map((b) => ({
      code: b.code, field: [b.field], message: translate(ctx.locale, b.code, b.params),
    })),
  };
}

/** The growing parts of the file, a page at a time; the file itself was gated by `certificationOf`. */
@Resolver(() => StudioCertification)
export class StudioCertificationResolver {
  @FieldResolver(() => StudioMemberRecordConnection, { description: 'The team with their contacts, in the order they joined.' })
  async members(@Root() file: StudioCertification, @Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<StudioMemberRecord>> {
    const members = await paginate(ctx.em, StudioMember, { studio: file.studio }, page, { createdAt: 'asc' });
    const record = (member: StudioMember): StudioMemberRecord => ({ member, post: member.post ?? null, phone: member.phone ?? null });
    return {
      ...members,
      nodes: members.nodes.map(record),
      edges: members.edges.map(({ cursor, node }) => ({ cursor, node: record(node) })),
    };
  }

  @FieldResolver(() => AuditEntryConnection, { description: 'Every step of the file, oldest first.' })
  history(@Root() file: StudioCertification, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return historyPage(ctx.em, file.studio, page);
  }
}
