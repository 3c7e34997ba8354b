import { createHash } from 'node:crypto';
import type { Nomination } from '../nomination/nomination.entity.js';
import type { NoticeEntry, NoticeEntrySnapshot } from './notice-entry.entity.js';
import type { Notice } from './notice.entity.js';

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function sha256Hex(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

/** Exactly the public fields of a candidate (DOMAIN.md: name, gender, employer, post, honors, public summary). */
export async function snapshotOf(nomination: Nomination): Promise<NoticeEntrySnapshot> {
  const honor = await nomination.honor.loadOrFail();
  return {
    candidateName: nomination.candidateName, gender: nomination.gender ?? null, employerName: nomination.employerName, post: nomination.post,
    honorName: honor.name, honorsHeld: (await nomination.honorsHeld.load()).getItems().map((h) => h.name), publicSummary: nomination.publicSummary,
  };
}

/** The hash of a whole notice as published: its header and every entry in order. */
export function noticeHash(notice: Notice, campaignName: string, organizationName: string, entries: NoticeEntry[]): string {
  return sha256Hex({
    campaign: campaignName, organization: organizationName, stage: notice.stage, title: notice.title, startsOn: notice.startsOn,
    endsOn: notice.endsOn, workingDays: notice.workingDays, objectionContact: notice.objectionContact,
    publishedAt: notice.publishedAt.toISOString(), entries: entries.map((e) => ({ position: e.position, ...e.snapshot })),
  });
}
