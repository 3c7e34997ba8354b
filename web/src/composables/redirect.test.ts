import { describe, expect, it } from 'vitest'
import { safeRedirect } from './redirect'

describe('the sign-in redirect', () => {
  it('returns to a page of this site', () => {
    expect(safeRedirect('/staff/honors?level=NATIONAL')).toBe('/staff/honors?level=NATIONAL')
  })

  it.each(['https://evil.example/', '//evil.example/', '/\\evil.example', 'staff', ''])('refuses %s', (target) => {
    expect(safeRedirect(target)).toBeUndefined()
  })

  it('ignores a repeated query parameter', () => {
    expect(safeRedirect(['/a', '/b'])).toBeUndefined()
  })
})
