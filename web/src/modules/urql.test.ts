import { afterEach, describe, expect, it, vi } from 'vitest'
import { graphql } from '~/gql'
import { graphqlClient } from './urql'

const ProbeQuery = graphql(`
  query UrqlProbe {
    viewer {
      isStaff
    }
  }
`)

afterEach(() => vi.unstubAllGlobals())

describe('the GraphQL client', () => {
  it('reads with GET, with the session cookie, the CSRF-prevention header and the page language', async () => {
    const fetch = vi.fn(async () => Response.json({ data: { viewer: { __typename: 'Viewer', isStaff: false } } }))
    vi.stubGlobal('fetch', fetch)

    const result = await graphqlClient.query(ProbeQuery, {}, { requestPolicy: 'network-only' }).toPromise()

    expect(result.data?.viewer.isStaff).toBe(false)
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toMatch(/^\/graphql\?query=query\+UrqlProbe/)
    expect(init.method).toBe('GET')
    expect(init.credentials).toBe('include')
    const headers = new Headers(init.headers)
    expect(headers.get('apollo-require-preflight')).toBe('true')
    expect(headers.get('accept-language')).toBe('zh-CN')
  })
})
