import type { ReactNode } from 'react';

/**
 * A horizontally scrollable table box. It takes focus so keyboard users can scroll a wide table
 * (axe: scrollable-region-focusable), and is named after the table's heading.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
