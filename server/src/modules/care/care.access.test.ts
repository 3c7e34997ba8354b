import { describe, expect, it } from 'vitest';
import { ViewerState } from '../account/viewer-state.js';
import { Role } from '../account/role.js';
import { careReadScope, mayReadCare, type CareItem } from './care.access.js';

const unitInChaoyang = '/c/cy/u1/';
const unitInHaidian = '/c/hd/u2/';
const viewer = (role: Role, path: string) => new ViewerState({ id: role } as never, [{ role, organizationId: path, path }]);
const place = (path: string) => ({ load: async () => ({ path }) });

/** A care item made at `madeAt` about a model worker kept at `keptAt` now. */
const item = (madeAt: string, keptAt: string): CareItem => ({
  organization: place(madeAt),
  modelWorker: { load: async () => ({ organization: place(keptAt) }) as never },
});

describe('who reads a care item: the office that made it, or the keeper now', () => {
  const movedAway = item(unitInChaoyang, unitInHaidian);

  it('the offices over the union that made it keep reading it after the person moved away', async () => {
    expect(await mayReadCare(viewer(Role.UNIT_STAFF, unitInChaoyang), movedAway)).toBe(true);
    expect(await mayReadCare(viewer(Role.DISTRICT_STAFF, '/c/cy/'), movedAway)).toBe(true);
  });

  it('the new keeper and the offices over it read it; an office in neither line does not', async () => {
    expect(await mayReadCare(viewer(Role.UNIT_STAFF, unitInHaidian), movedAway)).toBe(true);
    expect(await mayReadCare(viewer(Role.DISTRICT_STAFF, '/c/hd/'), movedAway)).toBe(true);
    expect(await mayReadCare(viewer(Role.UNIT_STAFF, '/c/hd/u3/'), movedAway)).toBe(false);
    expect(await mayReadCare(viewer(Role.UNIT_STAFF, '/c/cy/u4/'), movedAway)).toBe(false);
  });

  it('the office the person left does not read what the new keeper makes', async () => {
    expect(await mayReadCare(viewer(Role.UNIT_STAFF, unitInChaoyang), item(unitInHaidian, unitInHaidian))).toBe(false);
  });

  it('nobody outside the union offices, not the administrator', async () => {
    expect(await mayReadCare(viewer(Role.ADMIN, '/c/'), movedAway)).toBe(false);
    expect(await mayReadCare(viewer(Role.EMPLOYEE, unitInHaidian), movedAway)).toBe(false);
  });

  it('the lists filter by the same two halves, the keeper’s being the registry’s scope of records', () => {
    expect(careReadScope(viewer(Role.DISTRICT_STAFF, '/c/hd/'))).toEqual({
      $or: [
        { $or: [{ organization: { path: { $like: '/c/hd/%' } } }] },
        { modelWorker: { $or: [{ organization: { path: { $like: '/c/hd/%' } } }] } },
      ],
    });
    expect(() => careReadScope(viewer(Role.ADMIN, '/c/'))).toThrow(expect.objectContaining({ code: 'auth/forbidden' }));
  });
});
