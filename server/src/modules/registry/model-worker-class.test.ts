import { describe, expect, it } from 'vitest';
import { classOf } from './model-worker-class.js';
import { EmploymentStatus, ModelWorkerCategory } from './registry.enums.js';

describe('the class follows from the situation (seed 003)', () => {
  it('hardship → 帮扶救助, retired → 疏导关怀, else 示范引领', () => {
    expect(classOf({ employmentStatus: EmploymentStatus.IN_POST, hardship: false })).toBe(ModelWorkerCategory.EXEMPLARY);
    expect(classOf({ employmentStatus: EmploymentStatus.RETIRED, hardship: false })).toBe(ModelWorkerCategory.CARE);
    expect(classOf({ employmentStatus: EmploymentStatus.IN_POST, hardship: true })).toBe(ModelWorkerCategory.ASSISTANCE);
    expect(classOf({ employmentStatus: EmploymentStatus.RETIRED, hardship: true })).toBe(ModelWorkerCategory.ASSISTANCE);
  });
});
