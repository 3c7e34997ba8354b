import { describe, expect, it } from 'vitest'
import { maskedName } from './maskedName'

describe('a masked name', () => {
  it('keeps the first and last character of a three-character name', () => {
    expect(maskedName('李小明')).toBe('李○明')
  })

  it('keeps only the surname of a two-character name', () => {
    expect(maskedName('王芳')).toBe('王○')
  })

  it('masks every middle character of a longer name', () => {
    expect(maskedName('欧阳建国')).toBe('欧○○国')
  })

  it('counts a rare character outside the basic plane as one', () => {
    expect(maskedName('𠮷田明')).toBe('𠮷○明')
  })

  it('trims spaces and leaves an empty name empty', () => {
    expect(maskedName('  张伟 ')).toBe('张○')
    expect(maskedName('')).toBe('')
  })
})
