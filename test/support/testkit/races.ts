/**
 * For tests of requests made at once: the second of a pair starts `step` ms later each round (0, 1, 2, 3 steps,
 * then again), so the rounds meet at different points of the first request rather than always at its start.
 */
export const staggered = (round: number, step = 10): Promise<void> => new Promise((resolve) => setTimeout(resolve, (round % 4) * step));
