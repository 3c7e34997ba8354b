import { translate } from '../../common/i18n/messages.js';
import { historyOf } from '../audit/audit.service.js';
import type { Context } from '../../context.js';
import type { Studio } from './studio.entity.js';
import { StudioCriterion, StudioMember, StudioReview } from './studio-parts.entity.js';
import { STUDIO_HAVES } from './studio.enums.js';
import { STUDIO_LEVEL_RULES, ruleBreaches } from './studio-level-rules.js';
import { studioFacts } from './studio-facts.js';
import { mayManageStudio } from './studio.access.js';
import type { StudioCertification } from './studio.types.js';

/** The certification file, for the studio's lead and the staff over it; null for everyone else. */
export async function certificationOf(ctx: Context, studio: Studio): Promise<StudioCertification | null> {
  if (!(await mayManageStudio(ctx.viewer, studio))) return null;
  const { em } = ctx;
  const [criteria, reviews, members, facts, history] = [
    await em.find(StudioCriterion, { studio }),
    await em.find(StudioReview, { studio }, { orderBy: { year: 'desc' } }),
    await em.find(StudioMember, { studio }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    await studioFacts(em, studio, ctx.services.clock.now()),
    await historyOf(em, studio),
  ];
  return {
    studio,
    criteria: STUDIO_HAVES.flatMap((have) => criteria.filter((c) => c.have === have)),
    reviews,
    members: members.map((member) => ({ member, post: member.post ?? null, phone: member.phone ?? null })),
    ruleBreaches: ruleBreaches(STUDIO_LEVEL_RULES[studio.level], facts).map((b) => ({
      code: b.code, field: [b.field], message: translate(ctx.locale, b.code, b.params),
    })),
    history,
  };
}
