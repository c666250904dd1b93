import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A view's title. It takes focus when the view opens, so keyboard and screen-reader users land
 * on the new page instead of staying on the link they pressed.
 */
export function PageHeader({ title, children }: { readonly title: string; readonly children?: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <header class="page-header">
      <h1 id="page-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children && <div class="page-actions">{children}</div>}
    </header>
  );
}
