import { useCallback, useState } from 'react';
import { useLatest } from '../../hooks/useLatest';
import { downloadFrom, saveFile } from './libraryApi';

export type DownloadStatus = 'idle' | 'busy' | 'failed';

/**
 * Fetches an export with the trainer's token and hands it to the browser. `open` shows a page
 * (the printable report) in a tab opened during the click, so no pop-up blocker stops it.
 */
export function useDownload(token: string, onUnauthorized: () => void) {
  const [status, setStatus] = useState<DownloadStatus>('idle');
  const unauthorized = useLatest(onUnauthorized);

  const run = useCallback(
    async (path: string, fallbackName: string, open: boolean) => {
      // A tab opened later, after the await, would count as a pop-up; this one is the click's.
      const tab = open ? window.open('', '_blank') : null;
      setStatus('busy');
      const result = await downloadFrom(path, token);
      if (!result.ok) {
        tab?.close();
        if (result.status === 401) return unauthorized.current();
        setStatus('failed');
        return;
      }
      setStatus('idle');
      const { blob, filename } = result.data;
      if (tab) {
        tab.opener = null;
        const url = URL.createObjectURL(blob);
        tab.location.href = url;
        // The tab has read the page long before; the copy in memory can go.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      } else {
        saveFile(blob, filename ?? fallbackName);
      }
    },
    [token, unauthorized],
  );
  return { status, run };
}
