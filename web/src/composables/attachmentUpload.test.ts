import { describe, expect, it } from 'vitest'
import { formatBytes } from './attachmentUpload'

describe('file sizes', () => {
  it('read as people read them', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(350 * 1024)).toBe('350 KB')
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB')
  })
})
