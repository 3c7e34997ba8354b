import { describe, expect, it } from 'vitest'
import { staffAccess, staffMenu, staffMenuFor } from './staffMenu'

const everyRouteExists = () => true
const keys = (entries: { key: string }[]) => entries.map((entry) => entry.key)

describe('the staff menu', () => {
  it('shows an administrator the system entries and no review work', () => {
    expect(keys(staffMenuFor(['ADMIN'], everyRouteExists))).toEqual(['dashboard', 'organizations', 'honors', 'accounts', 'calendar'])
  })

  it('shows district staff the selection work and their accounts, not the catalogues', () => {
    const entries = keys(staffMenuFor(['DISTRICT_STAFF'], everyRouteExists))
    expect(entries).toEqual(expect.arrayContaining(['workbench', 'campaigns', 'nominations', 'notices', 'objections', 'moderation', 'accounts']))
    expect(entries).not.toContain('organizations')
    expect(entries).not.toContain('honors')
  })

  it('shows a handler only the suggestion queue besides the overview', () => {
    expect(keys(staffMenuFor(['HANDLER'], everyRouteExists))).toEqual(['dashboard', 'suggestionQueue'])
  })

  it('shows a public account nothing', () => {
    expect(staffMenuFor(['PUBLIC', 'MODEL_WORKER'], everyRouteExists)).toEqual([])
  })

  it('lists an entry once however many of its roles the viewer holds', () => {
    expect(keys(staffMenuFor(['CITY_STAFF', 'DISTRICT_STAFF'], everyRouteExists)).filter((key) => key === 'campaigns')).toHaveLength(1)
  })

  it('leaves out entries whose page is not built yet', () => {
    const built = new Set(['staff', 'staff-organizations'])
    expect(keys(staffMenuFor(['ADMIN'], (name) => built.has(name)))).toEqual(['dashboard', 'organizations'])
  })

  it('gives every entry a distinct key and route', () => {
    expect(new Set(staffMenu.map((entry) => entry.key)).size).toBe(staffMenu.length)
    expect(new Set(staffMenu.map((entry) => entry.route)).size).toBe(staffMenu.length)
  })
})

describe('who may open a staff page', () => {
  it('sends a signed-out visitor to sign in', () => {
    expect(staffAccess('organizations', { isSignedIn: false, roles: [] })).toBe('signIn')
  })

  it('forbids unit staff the organization catalogue', () => {
    expect(staffAccess('organizations', { isSignedIn: true, roles: ['UNIT_STAFF'] })).toBe('forbidden')
  })

  it('lets an administrator manage organizations', () => {
    expect(staffAccess('organizations', { isSignedIn: true, roles: ['ADMIN'] })).toBe('allowed')
  })

  it('keeps a public account out of the staff area altogether', () => {
    expect(staffAccess(undefined, { isSignedIn: true, roles: ['PUBLIC'] })).toBe('forbidden')
    expect(staffAccess('dashboard', { isSignedIn: true, roles: ['MODEL_WORKER'] })).toBe('forbidden')
  })

  it('lets any staff role into a staff page that belongs to no entry', () => {
    expect(staffAccess(undefined, { isSignedIn: true, roles: ['HANDLER'] })).toBe('allowed')
  })
})
