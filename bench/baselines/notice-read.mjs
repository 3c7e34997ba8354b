/**
 * The raw baseline of the notice read: `node:http` and `pg`, no framework, answering the web's notice
 * GET with the identical JSON laomo gives an anonymous reader (the run checks it byte for byte before
 * measuring). Three statements at most: the notice with its organization and campaign, one page of
 * public entries with their visible-comment counts and the total, and vote counts when they are shown.
 * Like laomo, it keeps the working calendar in memory (read once at start).
 * NAMED_STATEMENTS=1 sends each statement as a named (prepared) one, as laomo does (common/raw-read.ts
 * `sendStatement`); otherwise as `pg` does by default, each parsed and planned anew.
 */
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
// The built server's pure calendar functions (`pnpm build` first), so the baseline needs no TypeScript loader.
import { WorkingCalendar, beijingDate } from '../../server/dist/modules/calendar/working-calendar.js';

pg.types.setTypeParser(1082, (value) => value); // dates stay ISO strings

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const named = process.env.NAMED_STATEMENTS === '1';
/** One statement, named when NAMED_STATEMENTS=1. */
const query = (name, text, values) => pool.query(named ? { name, text, values } : { text, values });
const calendar = new WorkingCalendar((await pool.query('select date::text as date, kind from calendar_day')).rows);

const globalId = (type, id) => Buffer.from(`${type}:${id}`).toString('base64url');
const idOf = (global, type) => {
  const [kind, id] = Buffer.from(global, 'base64url').toString('utf8').split(':');
  return kind === type && /^[0-9a-f-]{36}$/.test(id ?? '') ? id : null;
};
const cursor = (offset) => Buffer.from(`o:${offset}`).toString('base64url');

async function noticePage(id, first) {
  const now = new Date();
  const { rows: [n] } = await query('notice',
    `select n.*, o.name as organization_name, c.name as campaign_name, c.objection_identity, c.voting_enabled, c.voting_opens_at,
            c.voting_closes_at, c.votes_per_account, c.vote_tally_visibility
       from notice n join organization o on o.id = n.organization_id join campaign c on c.id = n.campaign_id
      where n.id = $1 and n.published_at <= $2 and c.status <> 'DRAFT'`, [id, now]);
  if (!n) return { data: { notice: null } };
  const { rows } = await query('entries',
    `select e.id, e.position, e.status, e.snapshot, e.nomination_id, count(*) over () as total,
            (select count(*)::int from comment c where c.entry_id = e.id and c.status = 'VISIBLE') as comments
       from notice_entry e join nomination m on m.id = e.nomination_id
      where e.notice_id = $1 and m.consent_to_publish order by e.position, e.id limit $2`, [id, first + 1]);
  const page = rows.slice(0, first);
  const total = rows.length ? Number(rows[0].total) : 0;
  const votingOpenNow = n.voting_enabled && !!n.voting_opens_at && !!n.voting_closes_at && n.voting_opens_at <= now && now < n.voting_closes_at;
  const tallyShown = n.voting_enabled && (n.vote_tally_visibility === 'LIVE' || (!!n.voting_closes_at && now >= n.voting_closes_at));
  const votes = new Map();
  if (tallyShown && page.length) {
    const counted = await query('votes', 'select nomination_id, count(*)::int as n from vote where nomination_id = any($1) group by nomination_id', [page.map((e) => e.nomination_id)]);
    for (const row of counted.rows) votes.set(row.nomination_id, row.n);
  }
  const today = beijingDate(now);
  const phase = today < n.starts_on ? 'UPCOMING' : today > n.ends_on ? 'ENDED' : 'OPEN';
  const remaining = phase === 'UPCOMING' ? n.working_days : phase === 'ENDED' ? 0 : calendar.workingDaysBetween(today, n.ends_on);
  return {
    data: {
      notice: {
        id: globalId('Notice', n.id), title: n.title, stage: n.stage, startsOn: n.starts_on, endsOn: n.ends_on, workingDays: n.working_days,
        phase, remainingWorkingDays: remaining, objectionContact: n.objection_contact, publishedAt: n.published_at.toISOString(), snapshotHash: n.snapshot_hash,
        organization: { id: globalId('Organization', n.organization_id), name: n.organization_name, __typename: 'Organization' },
        campaign: {
          id: globalId('Campaign', n.campaign_id), name: n.campaign_name, objectionIdentity: n.objection_identity, votingEnabled: n.voting_enabled,
          votingOpenNow, votingOpensAt: n.voting_opens_at?.toISOString() ?? null, votingClosesAt: n.voting_closes_at?.toISOString() ?? null,
          votesPerAccount: n.votes_per_account, viewerVotesRemaining: null, __typename: 'Campaign',
        },
        entries: {
          totalCount: total,
          pageInfo: { hasNextPage: page.length < total, endCursor: page.length ? cursor(page.length - 1) : null, __typename: 'PageInfo' },
          nodes: page.map((e) => ({
            id: globalId('NoticeEntry', e.id), position: e.position, status: e.status, candidateName: e.snapshot.candidateName,
            gender: e.snapshot.gender ?? null, employerName: e.snapshot.employerName, post: e.snapshot.post, honorName: e.snapshot.honorName,
            honorsHeld: e.snapshot.honorsHeld, publicSummary: e.snapshot.publicSummary, commentCount: e.comments,
            voteCount: n.voting_enabled && tallyShown ? votes.get(e.nomination_id) ?? 0 : null, viewerHasVoted: false, __typename: 'NoticeEntry',
          })),
          __typename: 'NoticeEntryConnection',
        },
        __typename: 'Notice',
      },
    },
  };
}

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The same notice as a plain HTML page (the page-load baseline): what a server-rendered page would send. */
function noticeHtml(page) {
  const notice = page.data.notice;
  const entries = notice.entries.nodes.map((e) => `<li><h3>${escape(e.candidateName)}</h3><p>${escape(e.employerName)} · ${escape(e.post)}</p><p>${escape(e.publicSummary)}</p><p>评论 ${e.commentCount}</p></li>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(notice.title)}</title>`
    + `<style>body{font-family:sans-serif;margin:0 16px;line-height:1.6}li{list-style:none;border-bottom:1px solid #ddd;padding:8px 0}</style></head>`
    + `<body><header><h1>${escape(notice.title)}</h1><p>${escape(notice.organization.name)} · ${notice.startsOn} 至 ${notice.endsOn} · 剩余 ${notice.remainingWorkingDays} 个工作日</p>`
    + `<p>${escape(notice.objectionContact)}</p></header><main><ol>${entries}</ol></main></body></html>`;
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/ready') return void res.end('ok');
    if (url.pathname.startsWith('/notice.html')) {
      const id = idOf(url.searchParams.get('id') ?? '', 'Notice');
      const html = gzipSync(noticeHtml(await noticePage(id, 50)));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': html.length });
      return void res.end(html);
    }
    const variables = JSON.parse(url.searchParams.get('variables') ?? '{}');
    const id = idOf(String(variables.id ?? ''), 'Notice');
    const body = JSON.stringify(id ? await noticePage(id, Number(variables.first ?? 20)) : { data: { notice: null } });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
