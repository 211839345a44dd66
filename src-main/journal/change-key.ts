/**
 * A value that changes whenever what a connection reads from the journal may have changed, so a figure worked out
 * from the whole journal can be kept until then. The journal has no journal-wide counter of its own (the
 * `revision` columns count the changes of one record each, and a delete leaves no trace in them), so this asks
 * SQLite: `total_changes()` counts every row this connection has inserted, updated or deleted, triggers included,
 * and `PRAGMA data_version` changes when another connection commits (a restore copied in by the backup API, the
 * command line, a second process). Both are read in constant time. A change rolled back still moves the key: the
 * figure is then worked out again for nothing, never kept when it is stale.
 */
import { sql, type Db } from './sql.ts';

export function changeKey(db: Db): string {
  const row = sql(db, 'SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes').get() as { version: number; changes: number };
  return `${row.version}:${row.changes}`;
}
