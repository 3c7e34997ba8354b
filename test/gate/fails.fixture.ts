import { expect, it } from 'vitest';

// Deliberately failing: the test command runs this to prove that a failing test fails the run.
it('fails on purpose', () => {
  expect(1 + 1).toBe(3);
});
