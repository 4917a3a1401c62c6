import type { ReactNode } from 'react';

/**
 * The scroll container for a wide table: a named, focusable region, so keyboard users can scroll it sideways
 * (antd's own `scroll.x` container cannot take focus, which axe reports as scrollable-region-focusable).
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-region" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
