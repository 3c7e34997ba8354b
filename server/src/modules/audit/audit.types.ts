import { ConnectionType } from '../../common/relay/connection.js';
import { AuditEntry } from './audit-entry.entity.js';

/** A page of an object's history: every file's `history(first, after)` returns one (see `historyPage`). */
export const AuditEntryConnection = ConnectionType(AuditEntry);
