import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's h1. It takes focus when it mounts, so keyboard and screen-reader users land at
 * the top of a new screen instead of on a button that no longer exists.
 */
export function PageHeading({ children, level = 1, id, focusOnMount = true }: { children: ReactNode; level?: 1 | 2; id?: string; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
    // Only the mount counts: a heading that stays must not pull focus back later.
  }, []);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={ref} tabIndex={-1} id={id}>
      {children}
    </Tag>
  );
}
