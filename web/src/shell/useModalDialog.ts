import { useEffect, useRef } from 'react';

/**
 * Shows a native <dialog> as a modal while `open` is true (focus trapped inside, Escape closes
 * it, the page behind is inert) and closes it when `open` turns false.
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
