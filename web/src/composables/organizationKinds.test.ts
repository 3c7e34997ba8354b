import { describe, expect, it } from 'vitest'
import { childKinds, hasEmployer } from './organizationKinds'

describe('the organization tree', () => {
  it('starts with the city federation', () => {
    expect(childKinds(null)).toEqual(['CITY_FEDERATION'])
  })

  it('puts district, industry and bureau unions and answering departments under the city federation', () => {
    expect(childKinds('CITY_FEDERATION')).toEqual(['DISTRICT_UNION', 'INDUSTRY_UNION', 'BUREAU_UNION', 'DEPARTMENT'])
  })

  it('puts grassroots unions under a district union and nothing under a grassroots union', () => {
    expect(childKinds('DISTRICT_UNION')).toEqual(['GRASSROOTS_UNION', 'DEPARTMENT'])
    expect(childKinds('INDUSTRY_UNION')).toEqual(['GRASSROOTS_UNION'])
    expect(childKinds('GRASSROOTS_UNION')).toEqual([])
  })

  it('gives only a grassroots union an employer kind', () => {
    expect(hasEmployer('GRASSROOTS_UNION')).toBe(true)
    expect(hasEmployer('DISTRICT_UNION')).toBe(false)
  })
})
