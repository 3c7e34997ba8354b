import v8 from 'node:v8';

/**
 * How far V8 lets the heap grow past what its last full collection kept before it collects again: 20 %
 * here, where V8 alone allows up to 4× on a busy server.
 *
 * Why: laomo keeps ~80 MB alive, and a burst of public reads makes garbage by the hundred megabytes a
 * second. With V8's own factor the old space filled with that garbage to ~250 MB before a full
 * collection, and the process peaked at 460 MiB resident (bench/README.md, "peak RSS"); at 20 % it peaks
 * near 225 MiB with the same throughput, because the extra full collections run concurrently on the other
 * core. It is not a cap: a heap that really needs more (a large import) still gets it, only collected
 * more often. An operator's own `--heap-growing-percent` on the command line wins.
 */
export const HEAP_GROWING_PERCENT = 20;

/**
 * The factor while a registry import runs. An import's live data grows by some 50 MB as it reads and
 * plans 20,000 rows, and at 20 % each step of that growth set off another full collection of the whole
 * heap: a fifth of the import's CPU. At 100 % the import's own CPU falls by about that much (bench/README.md,
 * "Registry import, session 15") and its process still peaks well under the import's 300 MB.
 */
export const IMPORT_HEAP_GROWING_PERCENT = 100;

/** Whether laomo sets the factor (not when the operator's command line does). */
let ours = false;
/** Imports under way; the factor goes back to laomo's when the last ends. */
let importing = 0;

const setFactor = (percent: number) => v8.setFlagsFromString(`--heap-growing-percent=${percent}`);

/** Sets the factor unless the command line did; true when it set it. */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  ours = !execArgv.some((arg) => arg.startsWith('--heap-growing-percent'));
  if (ours) setFactor(HEAP_GROWING_PERCENT);
  return ours;
}

/** Runs an import's work with room for its heap to grow, then gives laomo's factor back once no import runs. */
export async function withImportHeapRoom<T>(work: () => Promise<T>): Promise<T> {
  if (!ours) return work();
  if (importing++ === 0) setFactor(IMPORT_HEAP_GROWING_PERCENT);
  try {
    return await work();
  } finally {
    if (--importing === 0) setFactor(HEAP_GROWING_PERCENT);
  }
}

// On import: main.ts imports this first, so the factor holds before anything else is loaded.
limitHeapGrowth();
