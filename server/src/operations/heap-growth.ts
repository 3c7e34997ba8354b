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

/** Sets the factor unless the command line did; true when it set it. */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}

// On import: main.ts imports this first, so the factor holds before anything else is loaded.
limitHeapGrowth();
