import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../lib/http.js';
import { applicationsKeys, fetchApplication, restoreVersion } from '../applications.api.js';
import { applicationsStrings as s } from '../applications.strings.js';
import type { DraftEditor } from './use-draft-editor.js';

/**
 * 恢复此版本: saves pending edits first (so nothing typed is lost: it stays in the history), restores over the
 * current version, and loads the restored content into the editor.
 */
export function useRestoreVersion({
  applicationId,
  editor,
  notify,
  onRestored,
}: {
  applicationId: string;
  editor: DraftEditor;
  notify: (type: 'success' | 'error', text: string) => void;
  onRestored: () => void;
}) {
  const queryClient = useQueryClient();
  const [isRestoring, setIsRestoring] = useState(false);

  const restore = async (version: number) => {
    setIsRestoring(true);
    try {
      if (!(await editor.save())) throw new Error(s.submitBlockedSaving);
      await restoreVersion(applicationId, editor.currentVersion(), version);
      const view = await queryClient.fetchQuery({
        queryKey: applicationsKeys.detail(applicationId),
        queryFn: ({ signal }) => fetchApplication(applicationId, signal),
        staleTime: 0,
      });
      editor.replaceFromServer(view, { isRestore: true });
      void queryClient.invalidateQueries({ queryKey: applicationsKeys.versions(applicationId) });
      void queryClient.invalidateQueries({ queryKey: applicationsKeys.validation(applicationId) });
      notify('success', s.restored(version));
      onRestored();
    } catch (error) {
      notify(
        'error',
        `${s.restoreFailed}：${error instanceof ApiError || error instanceof Error ? error.message : ''}`,
      );
    } finally {
      setIsRestoring(false);
    }
  };

  return { restore, isRestoring };
}
