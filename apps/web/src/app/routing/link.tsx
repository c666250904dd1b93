import type { ComponentChildren } from 'preact';
import { navigate } from './location.js';

/** Props of {@link Link}. */
export interface LinkProps {
  readonly href: string;
  readonly children: ComponentChildren;
  readonly class?: string;
  /** Marks the link as the current page for assistive technology. */
  readonly current?: boolean;
  readonly onNavigate?: () => void;
}

/** An in-app link: a real `<a href>` (so it opens in a new tab too) that navigates without a reload. */
export function Link({ href, children, current = false, onNavigate, ...rest }: LinkProps) {
  return (
    <a
      href={href}
      class={rest.class}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
        onNavigate?.();
      }}
    >
      {children}
    </a>
  );
}
