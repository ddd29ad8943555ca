import { useEffect } from 'react';

/** Names the browser tab after the screen ("#32 Order change · Meridian"), for tabs and screen readers. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Meridian` : 'Meridian';
  }, [title]);
}
