import { useEffect, useRef } from 'react';

/** True when the key press belongs to a text field, so single-letter shortcuts must not fire. */
function typingInField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/**
 * Binds single-key shortcuts (`j`, `k`, `?` …) for as long as the component is mounted.
 * Keys typed into a field, or with Ctrl/Alt/Meta held, are left alone.
 */
export function useShortcuts(bindings: Record<string, (event: KeyboardEvent) => void>, enabled = true): void {
  const ref = useRef(bindings);
  ref.current = bindings;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingInField(event)) return;
      if (document.querySelector('dialog[open]') && event.key !== '?') return;
      const handler = ref.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

export const SHORTCUTS = [
  ['j', 'shortcuts.next'],
  ['k', 'shortcuts.previous'],
  ['Enter', 'shortcuts.open'],
  ['x', 'shortcuts.select'],
  ['r', 'shortcuts.reply'],
  ['n', 'shortcuts.note'],
  ['a', 'shortcuts.assignToMe'],
  ['e', 'shortcuts.solve'],
  ['/', 'shortcuts.search'],
  ['Escape', 'shortcuts.back'],
  ['?', 'shortcuts.help'],
] as const;
