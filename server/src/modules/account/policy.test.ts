import { describe, expect, it } from 'vitest';
import { ViewerState } from './viewer-state.js';
import { Role } from './role.js';
import { may, Operation, POLICY, requireMay, scopeFilter, Scope } from './policy.js';

const city = { path: '/c/' };
const chaoyang = { path: '/c/cy/' };
const unitInChaoyang = { path: '/c/cy/u1/' };
const unitInHaidian = { path: '/c/hd/u2/' };
const viewer = (role: Role, path: string | null) => new ViewerState({ id: role } as any, [{ role, organizationId: path, path }]);

describe('scope: an organization and those below it, never sideways', () => {
  const district = viewer(Role.DISTRICT_STAFF, chaoyang.path);

  it('a district reaches its own units but not another district’s, nor the city above', () => {
    expect(may(district, Operation.OBJECTION_HANDLE, unitInChaoyang)).toBe(true);
    expect(may(district, Operation.OBJECTION_HANDLE, unitInHaidian)).toBe(false);
    expect(may(district, Operation.OBJECTION_HANDLE, city)).toBe(false);
  });

  it('only for the operations its role has a cell for', () => {
    expect(may(district, Operation.NOMINATION_CITY_STEP, unitInChaoyang)).toBe(false);
    expect(may(district, Operation.HONOR_MANAGE)).toBe(false);
  });

  it('an administrator keeps the system anywhere but takes no step of the process', () => {
    const admin = viewer(Role.ADMIN, city.path);
    expect(may(admin, Operation.ORGANIZATION_MANAGE, unitInHaidian)).toBe(true);
    expect(may(admin, Operation.ORGANIZATION_MANAGE, { path: '/other-city/' })).toBe(true);
    expect(may(admin, Operation.OBJECTION_READ, unitInHaidian)).toBe(true);
    expect(may(admin, Operation.OBJECTION_HANDLE, unitInHaidian)).toBe(false);
    expect(may(admin, Operation.NOMINATION_DISTRICT_STEP, unitInChaoyang)).toBe(false);
  });

  it('a handler answers suggestions and does nothing else', () => {
    const handler = viewer(Role.HANDLER, '/c/dept/');
    const allowed = Object.values(Operation).filter((op) => may(handler, op));
    expect(allowed).toEqual([Operation.SUGGESTION_HANDLE]);
  });

  it('an anonymous caller may nothing and is told to sign in', () => {
    const anonymous = ViewerState.anonymous();
    expect(Object.values(Operation).filter((op) => may(anonymous, op))).toEqual([]);
    expect(() => requireMay(anonymous, Operation.ACCOUNT_READ)).toThrow(expect.objectContaining({ code: 'auth/required' }));
    expect(() => requireMay(district, Operation.ACCOUNT_READ, unitInHaidian)).toThrow(expect.objectContaining({ code: 'auth/forbidden' }));
  });
});

describe('lists are filtered by the same table', () => {
  const path = (like: { $like: string }) => ({ organization: { path: like } });

  it('to the subtrees of the viewer’s grants, or not at all where the role reaches anywhere', () => {
    expect(scopeFilter(viewer(Role.DISTRICT_STAFF, chaoyang.path), Operation.COMMENT_MODERATE, path)).toEqual({ $or: [{ organization: { path: { $like: '/c/cy/%' } } }] });
    expect(scopeFilter(viewer(Role.ADMIN, city.path), Operation.COMMENT_MODERATE, path)).toEqual({});
  });

  it('and refused to a role with no cell', () => {
    expect(() => scopeFilter(viewer(Role.HANDLER, '/c/dept/'), Operation.COMMENT_MODERATE, path)).toThrow(expect.objectContaining({ code: 'auth/forbidden' }));
  });
});

describe('the table', () => {
  it('gives staff operations to staff roles only', () => {
    for (const row of Object.values(POLICY)) {
      for (const role of [Role.EMPLOYEE, Role.MODEL_WORKER, Role.PUBLIC]) expect(row[role]).toBeUndefined();
    }
  });

  it('gives administrators no step of the selection or of objections', () => {
    const steps = [Operation.OBJECTION_ENTER, Operation.OBJECTION_HANDLE, Operation.NOMINATION_UNIT_STEP, Operation.NOMINATION_DISTRICT_STEP,
      Operation.NOMINATION_CITY_STEP, Operation.NOMINATION_NOTICE_STEP, Operation.NOMINATION_CONFER];
    for (const op of steps) expect(POLICY[op].ADMIN).toBeUndefined();
    expect(Object.values(Scope)).toEqual(['ANYWHERE', 'SUBTREE']);
  });

  it('gives the registry’s personal information to the union offices, each its subtree, and to no one else', () => {
    for (const op of [Operation.REGISTRY_READ, Operation.REGISTRY_KEEP, Operation.REGISTRY_TRANSFER]) {
      expect(POLICY[op]).toEqual({ CITY_STAFF: Scope.SUBTREE, DISTRICT_STAFF: Scope.SUBTREE, UNIT_STAFF: Scope.SUBTREE });
    }
  });
});
