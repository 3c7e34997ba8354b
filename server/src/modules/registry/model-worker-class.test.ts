import { describe, expect, it } from 'vitest';
import { classOf } from './model-worker-class.js';
import { ModelWorkerCategory } from './registry.enums.js';

describe('the class follows from the situation (seed 003)', () => {
  it('hardship → 帮扶救助, retired → 疏导关怀, else 示范引领', () => {
    expect(classOf({ retired: false, hardship: false })).toBe(ModelWorkerCategory.EXEMPLARY);
    expect(classOf({ retired: true, hardship: false })).toBe(ModelWorkerCategory.CARE);
    expect(classOf({ retired: false, hardship: true })).toBe(ModelWorkerCategory.ASSISTANCE);
    expect(classOf({ retired: true, hardship: true })).toBe(ModelWorkerCategory.ASSISTANCE);
  });
});
