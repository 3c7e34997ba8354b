import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from './audit-entry.entity.js';
import { pageWindow, paginate, toConnection, type Connection, type PageArgs } from '../../common/relay/connection.js';
import type { ViewerState } from '../account/viewer-state.js';

export interface AuditLine {
  subject: { id: string; constructor: { name: string } };
  action: string;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  data?: Record<string, unknown>;
  at?: Date;
}

/** Records a change in the unit of work; it is written with the change itself by the same flush. */
export function audit(em: EntityManager, viewer: ViewerState, line: AuditLine): AuditEntry {
  return em.create(AuditEntry, {
    at: line.at ?? new Date(),
    actor: viewer.account ?? null,
    actorName: viewer.account?.displayName ?? null,
    subjectType: line.subject.constructor.name,
    subjectId: line.subject.id,
    action: line.action,
    fromState: line.from ?? null,
    toState: line.to ?? null,
    reason: line.reason ?? null,
    data: line.data ?? null,
  });
}

/** One page of the history of one object, oldest first. Callers check that the viewer may see the object. */
export function historyPage(em: EntityManager, subject: { id: string; constructor: { name: string } }, page: PageArgs): Promise<Connection<AuditEntry>> {
  return paginate(em, AuditEntry, { subjectType: subject.constructor.name, subjectId: subject.id }, page, { at: 'asc' });
}

/** The history a viewer who may not read it gets: no lines (the page arguments are still checked). */
export function emptyHistory(page: PageArgs): Connection<AuditEntry> {
  return toConnection<AuditEntry>([], 0, pageWindow(page));
}
