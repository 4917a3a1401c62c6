import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  buildDraftPatch,
  isSameValue,
  type MergeConflict,
  mergeThreeWay,
  resolveConflicts,
  setValueAt,
} from '../../../../shared/applications/diff.rules.js';
import type { ApplicationData } from '../../../../shared/applications/form-walk.js';
import { ApiError } from '../../../lib/http.js';
import {
  type ApplicationView,
  applicationsKeys,
  fetchApplication,
  type Problem,
  saveDraft,
  storeSaved,
} from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { clearStoredDraft, readStoredDraft, writeStoredDraft } from './draft-storage.js';
import { useLeaveGuards } from './use-leave-guards.js';

/** Typing pauses this long before an autosave; every keystroke is on this device at once. */
const autosaveDelayMs = 1500;
/** A save that failed for lack of network is retried this often (and at once when the browser is back online). */
const offlineRetryMs = 5000;

export type SaveStatus =
  | { kind: 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict' }
  | { kind: 'error'; message: string };

/** Both sides changed the same values: what the server holds now, and from which base the local edits began. */
export type PendingMerge = { base: ApplicationData; server: ApplicationView; conflicts: MergeConflict[] };

export type Notify = (type: 'info' | 'success' | 'warning' | 'error', text: string) => void;

/**
 * The application's content being edited: debounced autosave with one request in flight, only changed sections
 * sent, every edit mirrored to this device, and a three-way merge when the server moved on (409 VERSION_CONFLICT).
 */
export function useDraftEditor({
  initial,
  canEdit,
  savedByName,
  notify,
}: {
  initial: ApplicationView;
  canEdit: boolean;
  savedByName: string;
  notify: Notify;
}) {
  const id = initial.id;
  const queryClient = useQueryClient();
  const [data, setData] = useState<ApplicationData>(initial.data);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const [serverProblems, setServerProblems] = useState<Problem[] | null>(null);
  const [pendingMerge, setPendingMerge] = useState<PendingMerge | null>(null);
  const dataRef = useRef(initial.data);
  const savedRef = useRef(initial.data);
  const versionRef = useRef(initial.version);
  const mergeRef = useRef<PendingMerge | null>(null);
  const canEditRef = useRef(canEdit);
  canEditRef.current = canEdit;
  const timerRef = useRef<ReturnType<typeof setTimeout>>(undefined);
  const runningRef = useRef<Promise<void> | null>(null);
  const isAgainRef = useRef(false);
  const notifyRef = useRef(notify);
  notifyRef.current = notify;

  const hasUnsaved = useCallback(() => !isSameValue(dataRef.current, savedRef.current), []);
  const persist = useCallback(
    () => writeStoredDraft(id, { version: versionRef.current, base: savedRef.current, data: dataRef.current }),
    [id],
  );
  const applyLocal = useCallback((next: ApplicationData) => {
    dataRef.current = next;
    setData(next);
  }, []);
  const openMerge = useCallback((merge: PendingMerge | null) => {
    mergeRef.current = merge;
    setPendingMerge(merge);
    if (merge) setStatus({ kind: 'conflict' });
  }, []);

  const saveRef = useRef<() => Promise<boolean>>(async () => false);
  const schedule = useCallback((delayMs: number) => {
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void saveRef.current(), delayMs);
  }, []);

  /** Puts the local edits (made from `base`) onto what the server holds now; asks the user where both changed. */
  const rebaseOnServer = useCallback(
    async (base: ApplicationData, notice: string) => {
      let server: ApplicationView;
      try {
        server = await queryClient.fetchQuery({
          queryKey: applicationsKeys.detail(id),
          queryFn: ({ signal }) => fetchApplication(id, signal),
          staleTime: 0,
        });
      } catch {
        setStatus({ kind: 'offline' });
        schedule(offlineRetryMs);
        return;
      }
      const { merged, conflicts } = mergeThreeWay(base, dataRef.current, server.data);
      if (conflicts.length > 0) {
        openMerge({ base, server, conflicts });
        return;
      }
      savedRef.current = server.data;
      versionRef.current = server.version;
      // Only say so when someone else's changes came in (the other save may have been this page's own).
      if (!isSameValue(merged, dataRef.current)) notifyRef.current('info', notice);
      applyLocal(merged as ApplicationData);
      persist();
      schedule(0);
    },
    [applyLocal, id, openMerge, persist, queryClient, schedule],
  );

  const handleSaveError = useCallback(
    async (error: unknown, base: ApplicationData) => {
      persist();
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        await rebaseOnServer(base, s.mergedAutomatically);
        return;
      }
      if (error instanceof ApiError && error.code === 'NETWORK_ERROR') {
        setStatus({ kind: 'offline' });
        schedule(offlineRetryMs);
        return;
      }
      const message = error instanceof ApiError ? error.message : s.tryAgainLater;
      setStatus({ kind: 'error', message });
      if (error instanceof ApiError && error.code === 'NOT_EDITABLE')
        void queryClient.invalidateQueries({ queryKey: applicationsKeys.detail(id) });
    },
    [id, persist, queryClient, rebaseOnServer, schedule],
  );

  /** Saves what differs from the server, one request at a time; resolves true when nothing is left unsaved. */
  const save = useCallback(async (): Promise<boolean> => {
    clearTimeout(timerRef.current);
    const running = runningRef.current;
    if (running !== null) {
      isAgainRef.current = true;
      await running;
      return !hasUnsaved();
    }
    const run = async () => {
      do {
        isAgainRef.current = false;
        if (mergeRef.current || !canEditRef.current) return;
        const snapshot = dataRef.current;
        const base = savedRef.current;
        const patch = buildDraftPatch(base, snapshot);
        if (Object.keys(patch).length === 0) {
          savedRef.current = snapshot;
          clearStoredDraft(id);
          setStatus({ kind: 'saved' });
          continue;
        }
        setStatus({ kind: 'saving' });
        try {
          const saved = await saveDraft(id, versionRef.current, patch);
          savedRef.current = snapshot;
          versionRef.current = saved.version;
          setServerProblems(saved.problems);
          storeSaved(queryClient, id, saved, savedByName);
          if (dataRef.current === snapshot) clearStoredDraft(id);
          else persist();
          setStatus({ kind: dataRef.current === snapshot ? 'saved' : 'unsaved' });
        } catch (error) {
          await handleSaveError(error, base);
          return;
        }
      } while (isAgainRef.current);
    };
    runningRef.current = run();
    try {
      await runningRef.current;
    } finally {
      runningRef.current = null;
    }
    return !hasUnsaved();
  }, [handleSaveError, hasUnsaved, id, persist, queryClient, savedByName]);
  saveRef.current = save;

  const setValue = useCallback(
    (pointer: string, value: unknown) => {
      if (!canEditRef.current) return;
      applyLocal(setValueAt(dataRef.current, pointer, value));
      persist();
      if (mergeRef.current) return;
      setStatus((current) => (current.kind === 'offline' ? current : { kind: 'unsaved' }));
      schedule(autosaveDelayMs);
    },
    [applyLocal, persist, schedule],
  );

  const resolveMerge = useCallback(
    (choices: Partial<Record<string, 'mine' | 'theirs'>>) => {
      const merge = mergeRef.current;
      if (!merge) return;
      const { merged, conflicts } = mergeThreeWay(merge.base, dataRef.current, merge.server.data);
      savedRef.current = merge.server.data;
      versionRef.current = merge.server.version;
      applyLocal(resolveConflicts(merged, conflicts, choices) as ApplicationData);
      persist();
      openMerge(null);
      void save();
    },
    [applyLocal, openMerge, persist, save],
  );

  /**
   * Edits left on this device (a reload, a closed tab, a lost connection, or a save refused while the application
   * was locked) merged onto the server's content; both sides' changes to the same value go to the merge dialog.
   */
  const recoverFromDevice = useCallback(
    (server: ApplicationView) => {
      const stored = readStoredDraft(id);
      if (!stored || isSameValue(stored.data, stored.base)) return clearStoredDraft(id);
      const { merged, conflicts } = mergeThreeWay(stored.base, stored.data, server.data);
      if (conflicts.length === 0 && isSameValue(merged, server.data)) return clearStoredDraft(id);
      notifyRef.current('success', s.restoredFromDevice);
      if (conflicts.length > 0) {
        applyLocal(stored.data);
        openMerge({ base: stored.base, server, conflicts });
        return;
      }
      applyLocal(merged as ApplicationData);
      persist();
      setStatus({ kind: 'unsaved' });
      schedule(0);
    },
    [applyLocal, id, openMerge, persist, schedule],
  );

  /** The server's content becomes the local one; `isRestore` drops what the device kept (it was saved first). */
  const replaceFromServer = useCallback(
    (view: ApplicationView, { isRestore }: { isRestore: boolean }) => {
      clearTimeout(timerRef.current);
      savedRef.current = view.data;
      versionRef.current = view.version;
      applyLocal(view.data);
      setServerProblems(null);
      setStatus({ kind: 'saved' });
      if (isRestore) clearStoredDraft(id);
      else recoverFromDevice(view);
    },
    [applyLocal, id, recoverFromDevice],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, for the content the page opened with
  useEffect(() => {
    if (canEdit) recoverFromDevice(initial);
  }, []);

  useLeaveGuards({ hasUnsaved, saveRef, cancelTimer: () => clearTimeout(timerRef.current) });

  return {
    data,
    status,
    serverProblems,
    pendingMerge,
    setValue,
    save,
    resolveMerge,
    replaceFromServer,
    hasUnsaved,
    currentVersion: () => versionRef.current,
  };
}

export type DraftEditor = ReturnType<typeof useDraftEditor>;
