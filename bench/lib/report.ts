/** The run's table: every target with what laomo did, the baseline of the same run, the ratio and whether it holds. */
export interface Target {
  target: string;
  laomo: string;
  baseline: string;
  ratio: string;
  goal: string;
  met: boolean;
}

const targets: Target[] = [];

export function record(target: Target): void {
  targets.push(target);
  console.log(`  ${target.met ? 'met  ' : 'SHORT'}  ${target.target}: ${target.laomo} vs ${target.baseline} → ${target.ratio} (goal ${target.goal})`);
}

export function printTable(): void {
  const rows = [['target', 'laomo', 'baseline', 'ratio', 'goal', ''], ...targets.map((t) => [t.target, t.laomo, t.baseline, t.ratio, t.goal, t.met ? 'met' : 'SHORT'])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  console.log('');
  for (const [i, row] of rows.entries()) {
    console.log(`| ${row.map((cell, j) => cell + ' '.repeat(widths[j]! - [...cell].length)).join(' | ')} |`);
    if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  }
  const short = targets.filter((t) => !t.met);
  console.log(short.length ? `\n${short.length} of ${targets.length} targets fall short: ${short.map((t) => t.target).join('; ')}` : `\nAll ${targets.length} targets met.`);
}

export const fixed = (n: number, digits = 2) => n.toFixed(digits);
