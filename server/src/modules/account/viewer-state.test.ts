import { describe, expect, it } from 'vitest';
import { ViewerState } from './viewer-state.js';
import { Role } from './role.js';

const city = '/c/';
const chaoyang = '/c/cy/';
const unitInChaoyang = { path: '/c/cy/u1/' };
const unitInHaidian = { path: '/c/hd/u2/' };

describe('scope: an organization and those below it, never sideways', () => {
  const district = new ViewerState({ id: 'a' } as any, [{ role: Role.DISTRICT_STAFF, organizationId: 'cy', path: chaoyang }]);

  it('a district reaches its own units but not another district’s', () => {
    expect(district.reaches(unitInChaoyang)).toBe(true);
    expect(district.reaches(unitInHaidian)).toBe(false);
    expect(district.reaches({ path: city })).toBe(false);
  });

  it('only with the roles asked for', () => {
    expect(district.reaches(unitInChaoyang, [Role.CITY_STAFF])).toBe(false);
  });

  it('an administrator reaches everything; an anonymous caller nothing', () => {
    const admin = new ViewerState({ id: 'b' } as any, [{ role: Role.ADMIN, organizationId: 'c', path: city }]);
    expect(admin.reaches(unitInHaidian, [Role.UNIT_STAFF])).toBe(true);
    expect(ViewerState.anonymous().reaches(unitInChaoyang)).toBe(false);
    expect(() => ViewerState.anonymous().requireReach(unitInChaoyang)).toThrow(expect.objectContaining({ code: 'auth/required' }));
    expect(() => district.requireReach(unitInHaidian)).toThrow(expect.objectContaining({ code: 'auth/forbidden' }));
  });
});

describe('holding an office', () => {
  it('is the viewer’s own grant at or above the organization, without the administrator’s reach', () => {
    const admin = new ViewerState({ id: 'b' } as any, [{ role: Role.ADMIN, organizationId: 'c', path: city }]);
    expect(admin.reaches(unitInChaoyang, [Role.DISTRICT_STAFF])).toBe(true);
    expect(admin.holdsAt(unitInChaoyang.path, [Role.DISTRICT_STAFF])).toBe(false);
    const district = new ViewerState({ id: 'a' } as any, [{ role: Role.DISTRICT_STAFF, organizationId: 'cy', path: chaoyang }]);
    expect(district.holdsAt(unitInChaoyang.path, [Role.DISTRICT_STAFF])).toBe(true);
    expect(district.holdsAt(unitInHaidian.path, [Role.DISTRICT_STAFF])).toBe(false);
    expect(district.holdsAt(null, [Role.DISTRICT_STAFF])).toBe(false);
  });
});
