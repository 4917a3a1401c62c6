import type { ApplicationData } from '../../../../shared/applications/form-walk.js';

/**
 * Unsaved edits kept on this device (localStorage), written on every keystroke, so a reload, a closed tab or a
 * dropped connection loses nothing. `base` is the content the server had at `version` when the edits began, which
 * lets the edits be merged onto whatever the server holds when they are recovered.
 */
export type StoredDraft = { version: number; base: ApplicationData; data: ApplicationData; storedAt: number };

const keyOf = (applicationId: string) => `impilot:application-draft:${applicationId}`;

export function readStoredDraft(applicationId: string): StoredDraft | null {
  try {
    const text = window.localStorage.getItem(keyOf(applicationId));
    if (!text) return null;
    const parsed = JSON.parse(text) as Partial<StoredDraft>;
    if (typeof parsed.version !== 'number' || !parsed.base || !parsed.data) return null;
    return parsed as StoredDraft;
  } catch {
    return null;
  }
}

/** Returns false when the browser refuses (storage full or disabled); the edit is still in memory. */
export function writeStoredDraft(applicationId: string, draft: Omit<StoredDraft, 'storedAt'>): boolean {
  try {
    window.localStorage.setItem(keyOf(applicationId), JSON.stringify({ ...draft, storedAt: Date.now() }));
    return true;
  } catch {
    return false;
  }
}

export function clearStoredDraft(applicationId: string): void {
  try {
    window.localStorage.removeItem(keyOf(applicationId));
  } catch {
    // Storage disabled: nothing was stored either.
  }
}
