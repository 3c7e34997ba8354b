import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { ViewerQuery, SessionDeleteMutation } from '~/components/account/accountDocuments'
import type { Capability, Role, SessionViewerFragment } from '~/gql/graphql'
import { graphqlClient } from '~/modules/urql'

/** Who is signed in. The session itself is an HttpOnly cookie; this store only mirrors the `viewer`. */
export const useSessionStore = defineStore('session', () => {
  const viewer = shallowRef<SessionViewerFragment | null>(null)
  let loading: Promise<void> | undefined

  const account = computed(() => viewer.value?.account ?? null)
  const isSignedIn = computed(() => account.value !== null)
  const isStaff = computed(() => viewer.value?.isStaff ?? false)
  /** A staff account made by someone else: it must choose its own password before anything else. */
  const mustChangePassword = computed(() => viewer.value?.mustChangePassword ?? false)
  const roleGrants = computed(() => viewer.value?.roleGrants ?? [])
  const roles = computed<Role[]>(() => [...new Set(roleGrants.value.map((grant) => grant.role))])

  /** What the roles allow, as the server derives it; menus and buttons go by this. */
  const capabilities = computed<Capability[]>(() => viewer.value?.capabilities ?? [])

  function hasRole(role: Role): boolean {
    return roles.value.includes(role)
  }

  function can(capability: Capability): boolean {
    return capabilities.value.includes(capability)
  }

  function setViewer(next: SessionViewerFragment | null | undefined): void {
    viewer.value = next ?? null
  }

  async function refresh(): Promise<void> {
    const result = await graphqlClient.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise()
    // An unreachable server leaves the visitor signed out rather than stuck.
    setViewer(result.data?.viewer)
  }

  /** Loads the viewer once; the route guard and the layouts share the one request. */
  function ensureLoaded(): Promise<void> {
    loading ??= refresh()
    return loading
  }

  async function signOut(): Promise<void> {
    const result = await graphqlClient.mutation(SessionDeleteMutation, {}).toPromise()
    if (result.error) throw result.error
    setViewer(result.data?.sessionDelete.viewer)
  }

  return { viewer, account, isSignedIn, isStaff, mustChangePassword, roleGrants, roles, capabilities, hasRole, can, setViewer, refresh, ensureLoaded, signOut }
})
