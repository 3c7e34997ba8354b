import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSessionStore } from './session'

function answer(data: unknown) {
  return vi.fn(async () => Response.json({ data }))
}

const cityStaff = {
  __typename: 'Viewer',
  isStaff: true,
  capabilities: ['MODERATE', 'MANAGE_ACCOUNTS', 'RUN_CAMPAIGNS', 'REVIEW_CITY', 'MANAGE_SUGGESTIONS', 'CERTIFY_STUDIOS'],
  account: { __typename: 'Account', id: 'A1', displayName: '张伟', username: 'zhangwei', phoneMasked: null, kind: 'STAFF' },
  roleGrants: [
    { __typename: 'RoleGrant', id: 'G1', role: 'CITY_STAFF', organization: { __typename: 'Organization', id: 'O1', name: '市总工会', shortName: null } },
    { __typename: 'RoleGrant', id: 'G2', role: 'CITY_STAFF', organization: { __typename: 'Organization', id: 'O2', name: '市总工会经审会', shortName: null } },
  ],
}
const anonymous = { __typename: 'Viewer', isStaff: false, capabilities: [], account: null, roleGrants: [] }

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

describe('the session', () => {
  it('knows a signed-in staff member and their roles', async () => {
    vi.stubGlobal('fetch', answer({ viewer: cityStaff }))
    const session = useSessionStore()
    await session.refresh()
    expect(session.isSignedIn).toBe(true)
    expect(session.isStaff).toBe(true)
    expect(session.roles).toEqual(['CITY_STAFF'])
    expect(session.hasRole('CITY_STAFF')).toBe(true)
    expect(session.hasRole('ADMIN')).toBe(false)
    expect(session.can('CERTIFY_STUDIOS')).toBe(true)
    expect(session.can('ADMINISTER')).toBe(false)
  })

  it('asks the server once however many callers wait for the viewer', async () => {
    const fetch = answer({ viewer: anonymous })
    vi.stubGlobal('fetch', fetch)
    const session = useSessionStore()
    await Promise.all([session.ensureLoaded(), session.ensureLoaded()])
    await session.ensureLoaded()
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(session.isSignedIn).toBe(false)
  })

  it('is signed out after signing out', async () => {
    const session = useSessionStore()
    session.setViewer(cityStaff as never)
    vi.stubGlobal('fetch', answer({ sessionDelete: { __typename: 'SessionDeletePayload', viewer: anonymous, userErrors: [] } }))
    await session.signOut()
    expect(session.isSignedIn).toBe(false)
    expect(session.roles).toEqual([])
  })

  it('treats an unreachable server as signed out', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    const session = useSessionStore()
    await session.refresh()
    expect(session.isSignedIn).toBe(false)
  })
})
