import { type RefObject, useEffect } from 'react';
import { applicationsStrings as s } from '../applications.strings.js';

/**
 * On the way out, typed text is not lost: the browser asks before unloading unsaved edits, a hidden tab (about
 * to be closed, or a phone switching apps) saves at once, a returning network saves what waited offline, and
 * leaving the page inside the app sends the pending edits. The edits stay on the device until saved anyway.
 */
export function useLeaveGuards({
  hasUnsaved,
  saveRef,
  cancelTimer,
}: {
  hasUnsaved: () => boolean;
  saveRef: RefObject<() => Promise<boolean>>;
  cancelTimer: () => void;
}) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: cancelTimer only clears a ref's timer
  useEffect(() => {
    const warnBeforeLeaving = (event: BeforeUnloadEvent) => {
      if (!hasUnsaved()) return;
      event.preventDefault();
      event.returnValue = s.leaveWarning;
    };
    const saveWhenHidden = () => {
      if (document.visibilityState === 'hidden' && hasUnsaved()) void saveRef.current();
    };
    const saveWhenOnline = () => {
      if (hasUnsaved()) void saveRef.current();
    };
    window.addEventListener('beforeunload', warnBeforeLeaving);
    document.addEventListener('visibilitychange', saveWhenHidden);
    window.addEventListener('online', saveWhenOnline);
    return () => {
      window.removeEventListener('beforeunload', warnBeforeLeaving);
      document.removeEventListener('visibilitychange', saveWhenHidden);
      window.removeEventListener('online', saveWhenOnline);
      cancelTimer();
      if (hasUnsaved()) void saveRef.current();
    };
  }, [hasUnsaved, saveRef]);
}
