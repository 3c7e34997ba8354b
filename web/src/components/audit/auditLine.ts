/** One recorded step of a file (the fields every `history` connection's AuditEntry nodes are asked for). */
export interface AuditLine {
  at: string
  actorName?: string | null
  action: string
  toState?: string | null
  reason?: string | null
}
