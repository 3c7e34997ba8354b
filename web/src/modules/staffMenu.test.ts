import { describe, expect, it } from 'vitest'
import type { Capability } from '~/gql/graphql'
import { staffAccess, staffMenu, staffMenuFor } from './staffMenu'

// Viewers as the server sends them: capabilities derived from the roles (server/src/modules/account/capability.ts).
function staff(...capabilities: Capability[]) {
  return { isSignedIn: true, isStaff: true, capabilities }
}
const unitStaff = staff('MODERATE', 'MANAGE_ACCOUNTS', 'REVIEW_UNIT', 'NOMINATE')
const districtStaff = staff('MODERATE', 'MANAGE_ACCOUNTS', 'REVIEW_DISTRICT', 'MANAGE_SUGGESTIONS', 'CERTIFY_STUDIOS')
const handler = staff('HANDLE_SUGGESTIONS')
const modelWorker = { isSignedIn: true, isStaff: false, capabilities: ['SUGGEST', 'LEAD_STUDIO', 'PARTICIPATE'] as Capability[] }
const administrator = staff('ADMINISTER', 'MANAGE_ACCOUNTS', 'MODERATE')
const signedOut = { isSignedIn: false, isStaff: false, capabilities: [] }

const everyRouteExists = () => true
const keys = (entries: { key: string }[]) => entries.map((entry) => entry.key)

describe('the staff menu', () => {
  it('shows an administrator the organizations, honors, accounts, calendar and failed jobs', () => {
    expect(keys(staffMenuFor(administrator, everyRouteExists))).toEqual(
      expect.arrayContaining(['organizations', 'honors', 'accounts', 'calendar', 'failedJobs']),
    )
  })

  it('shows district staff the review work, moderation, studios and accounts, not the catalogues', () => {
    const entries = keys(staffMenuFor(districtStaff, everyRouteExists))
    expect(entries).toEqual(
      expect.arrayContaining(['workbench', 'nominations', 'notices', 'objections', 'moderation', 'studioCertification', 'accounts']),
    )
    expect(entries).not.toContain('organizations')
    expect(entries).not.toContain('honors')
    expect(entries).not.toContain('campaigns')
  })

  it('does not show unit staff the studio certification', () => {
    expect(keys(staffMenuFor(unitStaff, everyRouteExists))).not.toContain('studioCertification')
  })

  it('shows a handler only the suggestion queue besides the overview', () => {
    expect(keys(staffMenuFor(handler, everyRouteExists))).toEqual(['dashboard', 'suggestionQueue'])
  })

  it('shows a model worker nothing, however many capabilities they hold', () => {
    expect(staffMenuFor(modelWorker, everyRouteExists)).toEqual([])
  })

  it('lists an entry once however many of its capabilities the viewer holds', () => {
    const both = staff('REVIEW_DISTRICT', 'REVIEW_CITY')
    expect(keys(staffMenuFor(both, everyRouteExists)).filter((key) => key === 'nominations')).toHaveLength(1)
  })

  it('leaves out entries whose page is not built yet', () => {
    const built = new Set(['staff', 'staff-organizations'])
    expect(keys(staffMenuFor(administrator, (name) => built.has(name)))).toEqual(['dashboard', 'organizations'])
  })

  it('gives every entry a distinct key and route', () => {
    expect(new Set(staffMenu.map((entry) => entry.key)).size).toBe(staffMenu.length)
    expect(new Set(staffMenu.map((entry) => entry.route)).size).toBe(staffMenu.length)
  })
})

describe('who may open a staff page', () => {
  it('sends a signed-out visitor to sign in', () => {
    expect(staffAccess('organizations', signedOut)).toBe('signIn')
  })

  it('forbids unit staff the organization catalogue', () => {
    expect(staffAccess('organizations', unitStaff)).toBe('forbidden')
  })

  it('lets an administrator manage organizations', () => {
    expect(staffAccess('organizations', administrator)).toBe('allowed')
  })

  it('keeps accounts that are not staff out of the staff area altogether', () => {
    expect(staffAccess('dashboard', modelWorker)).toBe('forbidden')
    expect(staffAccess(undefined, { isSignedIn: true, isStaff: false, capabilities: ['PARTICIPATE'] })).toBe('forbidden')
  })

  it('lets any staff member into a staff page that belongs to no entry', () => {
    expect(staffAccess(undefined, handler)).toBe('allowed')
  })
})
