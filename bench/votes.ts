/**
 * Votes in a burst: 5,000 attempts (4,000 distinct votes of 1,000 signed-in people, 4 each, and 1,000
 * repeats of one of them), 50 in flight, as the web casts them (its own VoteCast document, POST, a
 * session cookie, each person from their own address behind the proxy). Afterwards the database must
 * hold exactly the 4,000 votes: none lost, none twice. The server is warmed up first with 1,000 votes of
 * other people in another campaign (WARM_UP_PEOPLE).
 * Baselines in the same run, with pgbench at 50 clients on the same database: laomo's own statements
 * for one vote (as test/api/notice/vote-statements.spec.ts sees them), and a bare
 * INSERT … ON CONFLICT into a table shaped like `vote`.
 */
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { print, type DocumentNode } from 'graphql';
import { seedNoticeOpenThisWeek, type BenchDatabase } from './lib/database.js';
import { cpuOf, repoRoot, startLaomo } from './lib/processes.js';
import { fixed, record } from './lib/report.js';
import { VoteCastDocument } from '../web/src/gql/graphql.js';

const PEOPLE = 1000;
const VOTES_EACH = 4;
const REPEATS = 1000;
const IN_FLIGHT = 50;
const VOTE = print(VoteCastDocument as unknown as DocumentNode);
const run = promisify(execFile);

interface Person { account: string; token: string; address: string }

/**
 * Warm-up: 250 other people cast 4 votes each in another campaign before the measured burst, from their own
 * addresses, so that neither their votes nor their rate limits touch the measured ones. A server taking a
 * city's votes has been up for days; without it the burst's first ~15 s measured V8 compiling laomo
 * (the notice read's CPU per request fell from 8.2 to 5.5 ms over its first 15 s of load).
 */
const WARM_UP_PEOPLE = Number(process.env.BENCH_VOTE_WARM_UP_PEOPLE ?? 250);

async function seedPeople(db: BenchDatabase, options: { count: number; name: string; firstOctet: number; phonePrefix: string }): Promise<Person[]> {
  const people = Array.from({ length: options.count }, (_, i) => ({
    account: randomUUID(), token: randomUUID(), address: `${options.firstOctet}.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    phone: `${options.phonePrefix}${String(i).padStart(8, '0')}`, name: options.name,
  }));
  const conn = db.orm.em.getConnection();
  await conn.execute(`insert into account (id, created_at, updated_at, kind, display_name, password_hash, phone)
    select (p->>'account')::uuid, now(), now(), 'PUBLIC', p->>'name', 'x', p->>'phone' from jsonb_array_elements(?::jsonb) p`, [JSON.stringify(people)]);
  await conn.execute(`insert into role_grant (id, created_at, updated_at, account_id, role)
    select gen_random_uuid(), now(), now(), (p->>'account')::uuid, 'PUBLIC' from jsonb_array_elements(?::jsonb) p`, [JSON.stringify(people)]);
  await conn.execute(`insert into session (token_hash, account_id, created_at, expires_at)
    select p->>'hash', (p->>'account')::uuid, now(), now() + interval '1 day' from jsonb_array_elements(?::jsonb) p`,
  [JSON.stringify(people.map((p) => ({ ...p, hash: createHash('sha256').update(p.token).digest('hex') })))]);
  return people;
}

/** Each person's VOTES_EACH votes, for distinct candidates. */
function distinctVotes(people: Person[], entries: string[]): { person: Person; entry: string }[] {
  return people.flatMap((person, i) => Array.from({ length: VOTES_EACH }, (_, k) => ({ person, entry: entries[(i + k * 7) % entries.length]! })));
}

/** Every attempt once, in a shuffled order: each person's distinct votes, then repeats of random ones. */
function attempts(people: Person[], entries: string[]): { person: Person; entry: string }[] {
  const list = distinctVotes(people, entries);
  for (let r = 0; r < REPEATS; r += 1) list.push(list[Math.floor(Math.random() * PEOPLE * VOTES_EACH)]!);
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/**
 * One vote over keep-alive HTTP. node:http rather than fetch: fetch's streams cost the load ~2 ms of CPU per
 * vote on the same two cores as laomo and PostgreSQL, which the benchmark would have charged to laomo.
 */
function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function castAll(url: string, list: { person: Person; entry: string }[]) {
  const outcomes = { cast: 0, alreadyVoted: 0, other: new Map<string, number>() };
  const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const endpoint = new URL(`${url}/graphql`);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const { person, entry } = list[next++]!;
      const response = await post(agent, endpoint, { 'content-type': 'application/json', cookie: `laomo_session=${person.token}`, 'x-forwarded-for': person.address },
        JSON.stringify({ operationName: 'VoteCast', query: VOTE, variables: { input: { entry } } }));
      const body = JSON.parse(response.body) as { data?: { voteCast: { userErrors: { code: string }[] } }; errors?: unknown[] };
      const code = body.errors ? `http ${response.status}` : body.data!.voteCast.userErrors[0]?.code;
      if (!code) outcomes.cast += 1;
      else if (code === 'vote/already_voted') outcomes.alreadyVoted += 1;
      else outcomes.other.set(code, (outcomes.other.get(code) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  agent.destroy();
  return { ...outcomes, seconds: (performance.now() - started) / 1000 };
}

/** CPU seconds of every PostgreSQL process on this machine (the server and its backends), from /proc. */
function postgresCpuSeconds(): number {
  let seconds = 0;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cpu = cpuOf(pid);
      // The reaped children's too: the backends that ended (pgbench's, at its exit).
      if (cpu.command === 'postgres') seconds += cpu.own + cpu.reaped;
    } catch {
      // the process ended while we read
    }
  }
  return seconds;
}

/**
 * pgbench's transactions per second for `script` (50 clients, `transactions` in all), or null without pgbench.
 * `prepared` runs it as laomo sends its statements (common/raw-read.ts `sendStatement`: each a named statement,
 * planned once per connection); otherwise as pgbench does by default, each statement parsed and planned anew.
 */
async function pgbench(databaseUrl: string, script: string, transactions: number, { prepared = false } = {}): Promise<number | null> {
  const dir = path.join(repoRoot, '.data', 'bench');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pgbench-${randomUUID()}.sql`);
  fs.writeFileSync(file, script);
  try {
    const { stdout } = await run('pgbench', [...(prepared ? ['-M', 'prepared'] : []), '-n', '-c', String(IN_FLIGHT), '-j', '2', '-t', String(Math.ceil(transactions / IN_FLIGHT)), '-f', file, databaseUrl]);
    return Number(/tps = ([\d.]+)/.exec(stdout)?.[1]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * laomo's statements for one vote, as it sends them (test/api/notice/vote-statements.spec.ts holds it to
 * these six; pgbench runs them prepared, as laomo sends them), for a random person and candidate of the run's tables: who asks (session, account and
 * grants in one read, session.service.ts), both rate-limit keys in one upsert (common/rate-limit.ts),
 * then the mutation's transaction: the entry with its notice, campaign and organization as the ORM reads
 * it, and the vote with its allowance and the live count in one statement (vote.service.ts).
 */
const LAOMO_STATEMENTS = `
\\set p random(1, ${PEOPLE})
\\set e random(1, 20)
select a.*, coalesce((select json_agg(json_build_object('role', g.role, 'organizationId', g.organization_id, 'path', o.path))
    from role_grant g left join organization o on o.id = g.organization_id where g.account_id = a.id), '[]') as grants
  from session s join account a on a.id = s.account_id where s.token_hash = (select token_hash from bench_person where n = :p) and s.expires_at > now();
with purge as (delete from rate_limit_bucket where ctid in (
    select ctid from rate_limit_bucket where (key = 'bench-account-' || cast(:p as text) and window_start < date_trunc('minute', now()))
      or (key = 'bench-address-' || cast(:p as text) and window_start < date_trunc('minute', now())) for update skip locked))
  insert into rate_limit_bucket (key, window_start, hits) values ('bench-account-' || cast(:p as text), date_trunc('minute', now()), 1), ('bench-address-' || cast(:p as text), date_trunc('minute', now()), 1)
  on conflict (key, window_start) do update set hits = rate_limit_bucket.hits + 1 returning key, hits;
begin;
select e.*, (select count(*)::int from comment x where x.entry_id = e.id and x.status = 'VISIBLE') as visible_comment_count, n.*, c.*, o.*
  from notice_entry e join notice n on n.id = e.notice_id join campaign c on c.id = n.campaign_id join organization o on o.id = n.organization_id join nomination m on m.id = e.nomination_id
  where e.id = (select entry_id from bench_entry where n = :e) and n.published_at <= now() and c.status <> 'DRAFT' and m.consent_to_publish limit 1;
with cast_vote as (
    insert into bench_vote (id, account_id, campaign_id, nomination_id, entry_id, cast_at)
    select gen_random_uuid(), p.account_id, b.campaign_id, b.nomination_id, b.entry_id, now() from bench_person p, bench_entry b where p.n = :p and b.n = :e
    on conflict (account_id, nomination_id) do nothing returning account_id, campaign_id),
  allowance as (
    insert into bench_allowance (account_id, campaign_id, used) select account_id, campaign_id, 1 from cast_vote
    on conflict (account_id, campaign_id) do update set used = bench_allowance.used + 1 where bench_allowance.used < 1000000 returning used)
  select exists (select 1 from cast_vote) as cast, (select used from allowance) as used,
    (select count(*)::int + 1 from bench_vote where nomination_id = (select nomination_id from bench_entry where n = :e)) as votes;
commit;
`;

const BARE_INSERT = `
\\set p random(1, 1000000)
\\set e random(1, 20)
insert into bench_bare_vote (id, account_id, campaign_id, nomination_id, entry_id, cast_at)
  values (gen_random_uuid(), md5(:p::text)::uuid, md5('c')::uuid, md5(:e::text)::uuid, md5(:e::text)::uuid, now()) on conflict (account_id, nomination_id) do nothing;
`;

/**
 * BENCH_VOTE_STATEMENTS=1: each of laomo's statements for a vote run alone by pgbench (50 clients, 3,000
 * each; `begin` and `commit` as one empty transaction), and `select 1`, with PostgreSQL's CPU per run: what
 * each costs the server on this machine. The CPU includes the 50 backends' start, ~0.2–0.3 ms a run here.
 */
async function eachStatementAlone(databaseUrl: string): Promise<void> {
  const parts = LAOMO_STATEMENTS.split(';\n').map((x) => x.trim()).filter(Boolean);
  const variables = parts[0]!.split('\n').filter((l) => l.startsWith('\\set')).join('\n');
  const statements = [parts[0]!.split('\n').filter((l) => !l.startsWith('\\set')).join('\n'), ...parts.slice(1)]
    .filter((x) => x !== 'begin' && x !== 'commit');
  for (const statement of [...statements, 'begin;\ncommit', 'select 1']) {
    const before = postgresCpuSeconds();
    const tps = await pgbench(databaseUrl, `${variables}\n${statement};\n`, 3000, { prepared: true });
    console.log(`  alone: ${fixed(tps ?? 0, 0)} runs/s, PostgreSQL ${fixed(((postgresCpuSeconds() - before) * 1000) / 3000)} ms a run :: ${statement.slice(0, 60).replace(/\s+/g, ' ')}`);
  }
}

export async function votes(db: BenchDatabase): Promise<void> {
  const now = Date.now();
  const openNotice = {
    candidates: 20,
    voting: { opensAt: new Date(now - 3_600_000).toISOString(), closesAt: new Date(now + 86_400_000).toISOString(), votesPerAccount: 10, tally: 'LIVE' as never },
  };
  const fixture = await seedNoticeOpenThisWeek(db, openNotice);
  const people = await seedPeople(db, { count: PEOPLE, name: '投票者', firstOctet: 10, phonePrefix: '139' });
  const warmUpFixture = await seedNoticeOpenThisWeek(db, openNotice);
  const warmUpPeople = await seedPeople(db, { count: WARM_UP_PEOPLE, name: '预热投票者', firstOctet: 172, phonePrefix: '136' });
  const conn = db.orm.em.getConnection();
  // The baselines' own tables: the same shape and keys as laomo's, so their inserts do the same work.
  await conn.execute(`create table bench_vote (like vote including all); create table bench_bare_vote (like vote including all);
    create table bench_allowance (like vote_allowance including all);
    create table bench_person (n int primary key, account_id uuid, token_hash text); create table bench_entry (n int primary key, entry_id uuid, nomination_id uuid, campaign_id uuid)`);
  await conn.execute(`insert into bench_person select row_number() over (order by s.account_id), s.account_id, s.token_hash from session s join account a on a.id = s.account_id where a.display_name = '投票者'`);
  await conn.execute(`insert into bench_entry select e.position, e.id, e.nomination_id, n.campaign_id from notice_entry e join notice n on n.id = e.notice_id where n.id = ?`,
    [Buffer.from(fixture.notice, 'base64url').toString('utf8').split(':')[1]]);

  // pgbench of laomo's statements runs before and after laomo's load, each on empty tables, and the two are
  // averaged: on this shared machine the rate drifts by half within minutes, and one run after laomo's
  // load made the ratio move with that drift rather than with laomo.
  const ownRun = async () => {
    await conn.execute(`truncate bench_vote, bench_allowance; delete from rate_limit_bucket where key like 'bench-%'`);
    const postgresBefore = postgresCpuSeconds();
    const tps = await pgbench(db.url, LAOMO_STATEMENTS, PEOPLE * VOTES_EACH + REPEATS, { prepared: true });
    return { tps, postgres: postgresCpuSeconds() - postgresBefore };
  };
  const ownBefore = await ownRun();

  const laomo = await startLaomo(db.url, { publicCache: true });
  let outcome;
  let cpu;
  try {
    const warmUp = await castAll(laomo.url, distinctVotes(warmUpPeople, warmUpFixture.entries));
    if (warmUp.other.size > 0) throw new Error(`the warm-up's votes were refused: ${[...warmUp.other].map(([code, n]) => `${n} ${code}`).join(', ')}`);
    const before = { laomo: laomo.cpuSeconds(), postgres: postgresCpuSeconds(), load: process.cpuUsage() };
    outcome = await castAll(laomo.url, attempts(people, fixture.entries));
    const load = process.cpuUsage(before.load);
    cpu = { laomo: laomo.cpuSeconds() - before.laomo, postgres: postgresCpuSeconds() - before.postgres, load: (load.user + load.system) / 1e6 };
  } finally {
    await laomo.stop();
  }
  const [{ stored, distinct }] = await conn.execute(`select count(*)::int as stored, count(distinct (account_id, nomination_id))::int as distinct from vote where campaign_id = (select campaign_id from bench_entry limit 1)`);
  const unique = PEOPLE * VOTES_EACH;
  if (process.env.BENCH_VOTE_STATEMENTS) await eachStatementAlone(db.url);
  const ownAfter = await ownRun();
  const own = ownBefore.tps === null || ownAfter.tps === null ? null : (ownBefore.tps + ownAfter.tps) / 2;
  const ownPostgres = (ownBefore.postgres + ownAfter.postgres) / 2;
  const bare = await pgbench(db.url, BARE_INSERT, PEOPLE * VOTES_EACH + REPEATS);
  const others = [...outcome.other].map(([code, n]) => `${n} ${code}`).join(', ') || 'none';
  const correct = stored === unique && distinct === unique && outcome.cast === unique && outcome.alreadyVoted === REPEATS && outcome.other.size === 0;
  record({ target: 'votes: stored exactly once', laomo: `${stored} stored, ${outcome.cast} acknowledged, ${outcome.alreadyVoted} repeats refused, other: ${others}`, baseline: `${unique} distinct attempted`, ratio: '—', goal: '0 lost, 0 twice', met: correct });
  const attemptsPerSecond = (PEOPLE * VOTES_EACH + REPEATS) / outcome.seconds;
  const perAttempt = (seconds: number) => `${fixed((seconds * 1000) / (PEOPLE * VOTES_EACH + REPEATS))} ms`;
  record({ target: 'votes: CPU per attempt (laomo / PostgreSQL / the load)', laomo: `${perAttempt(cpu.laomo)} / ${perAttempt(cpu.postgres)} / ${perAttempt(cpu.load)}`, baseline: `PostgreSQL ${perAttempt(ownPostgres)} under pgbench of laomo's statements`, ratio: '—', goal: '(reported)', met: true });
  if (own === null || bare === null) {
    record({ target: 'votes (attempts/s)', laomo: fixed(attemptsPerSecond, 0), baseline: 'pgbench not installed', ratio: '—', goal: '≥ 0.5× / ≥ 0.2×', met: false });
    return;
  }
  record({ target: "votes vs pgbench of laomo's statements (attempts/s)", laomo: fixed(attemptsPerSecond, 0), baseline: `${fixed(own, 0)} (${fixed(ownBefore.tps!, 0)} before laomo, ${fixed(ownAfter.tps!, 0)} after)`, ratio: `${fixed(attemptsPerSecond / own)}×`, goal: '≥ 0.5×', met: attemptsPerSecond / own >= 0.5 });
  record({ target: 'votes vs pgbench bare INSERT … ON CONFLICT (attempts/s)', laomo: fixed(attemptsPerSecond, 0), baseline: fixed(bare, 0), ratio: `${fixed(attemptsPerSecond / bare, 3)}×`, goal: '≥ 0.2×', met: attemptsPerSecond / bare >= 0.2 });
}
