import type { ApplicationContext } from './applications.context.js';
import type { ApplicationRow } from './applications.repository.js';

/** About the drafts edited on one instance at a busy hour, within a memory budget (a draft may be 1 MiB). */
const limits = { entries: 2000, contentLength: 64 * 1024 * 1024 };

/**
 * The row as this instance last wrote it, by application id, with the form context (and profile) its content was
 * worked out from. A version's content never changes, so an autosave over exactly that version need not read the
 * row or the profile again: the save statement checks in PostgreSQL that version, status, files and profile version
 * are still those, and a save that finds them moved takes the reading path. Writes by another instance only make this
 * miss; nothing here is trusted beyond what the statement checks.
 */
export function createLastWritten() {
  const entries = new Map<string, { row: ApplicationRow; context: ApplicationContext; contentLength: number }>();
  let keptLength = 0;
  const forget = (id: string) => {
    keptLength -= entries.get(id)?.contentLength ?? 0;
    entries.delete(id);
  };
  return {
    get: (id: string) => entries.get(id),
    forget,
    /** `contentLength`: the content's JSON length; the oldest entries go first when a limit is reached. */
    remember(row: ApplicationRow, context: ApplicationContext, contentLength: number) {
      forget(row.id);
      while (entries.size > 0 && (entries.size >= limits.entries || keptLength + contentLength > limits.contentLength))
        forget(entries.keys().next().value!);
      entries.set(row.id, { row, context, contentLength });
      keptLength += contentLength;
    },
  };
}
