import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Skip to content" (WCAG 2.4.1), the first thing Tab reaches: moves the focus past the top bar
 * and the navigation to the page. A fragment link would not do: the address fragment carries the
 * route and browser mode's token, so the link moves the focus itself.
 */
export function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        target.current?.focus();
        target.current?.scrollIntoView({ block: 'start' });
      }}
    >
      {t('common:skipToContent')}
    </a>
  );
}
