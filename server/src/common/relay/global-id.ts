/**
 * Global object ids: opaque to clients, `base64url("Type:uuid")`, so one `node(id:)` query can
 * find any object and a client never builds ids from database keys.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const at = decoded.indexOf(':');
  if (at < 1) return null;
  const type = decoded.slice(0, at);
  const id = decoded.slice(at + 1);
  return UUID.test(id) ? { type, id } : null;
}

/** The uuid behind a global id of the expected type, or null when it names another type. */
export function idOf(globalId: string, type: string): string | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}
