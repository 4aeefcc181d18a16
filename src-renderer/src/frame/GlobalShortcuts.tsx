import { useEffect } from 'react';
import type { ModuleShortcut } from '../modules/module-ui';
import type { Navigate } from './navigation-context';

function matches(event: KeyboardEvent, shortcut: ModuleShortcut): boolean {
  return (
    event.key.toLowerCase() === shortcut.key.toLowerCase() &&
    event.altKey === !!shortcut.altKey &&
    event.ctrlKey === !!shortcut.ctrlKey &&
    event.shiftKey === !!shortcut.shiftKey
  );
}

/** Module shortcuts that work on every screen of the signed-in app (e.g. "log a call"). */
export function GlobalShortcuts({ shortcuts, navigate }: { shortcuts: readonly ModuleShortcut[]; navigate: Navigate }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // An open modal dialog keeps the keyboard; shortcuts must not act behind it.
      if (document.querySelector('dialog[open]')) return;
      // A screen that handles the key itself (the call screen asks before a second call) says so.
      if (event.defaultPrevented) return;
      const shortcut = shortcuts.find((s) => matches(event, s));
      if (!shortcut) return;
      event.preventDefault();
      navigate(shortcut.page as `${string}.${string}`, shortcut.params);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [shortcuts, navigate]);
  return null;
}
