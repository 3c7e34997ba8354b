// Temporary probe (not committed): CPU ms per request of laomo vs the baseline, by request count, robust to a loaded machine.
import { benchDatabase, seedNoticeOpenThisWeek, stopBenchCluster } from './lib/database.js';
import { startBaseline, startLaomo, type ServerProcess } from './lib/processes.js';
import { GET_HEADERS, noticeReadUrl } from './lib/web-documents.js';

const N = Number(process.env.N ?? 600);
async function run(server: ServerProcess, notice: string, label: string) {
  const url = noticeReadUrl(server.url, notice);
  const fire = async (n: number) => { let i = 0; await Promise.all(Array.from({ length: 50 }, async () => { while (i++ < n) { const r = await fetch(url, { headers: GET_HEADERS }); if (r.status !== 200) throw new Error(String(r.status)); await r.arrayBuffer(); } })); };
  await fire(200);
  const c0 = server.cpuSeconds(); const t0 = Date.now();
  await fire(N);
  const cpu = (server.cpuSeconds() - c0) * 1000 / N;
  console.log(label, 'cpu ms/req', cpu.toFixed(2), 'wall s', ((Date.now() - t0) / 1000).toFixed(1), 'peak MiB', server.memory().peakMiB.toFixed(0));
}
const db = await benchDatabase();
const fx = await seedNoticeOpenThisWeek(db, { candidates: 100 });
const base = await startBaseline('notice-read.mjs', db.url);
const laomo = await startLaomo(db.url, { publicCache: false });
try {
  await run(base, fx.notice, 'baseline');
  await run(laomo, fx.notice, 'laomo');
} finally { await laomo.stop(); await base.stop(); await db.close(); await stopBenchCluster(); }
