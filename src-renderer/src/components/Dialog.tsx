import { useEffect, useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

const FOCUSABLE = ':is(input, select, textarea, button, [href], [tabindex]):not([disabled]):not([tabindex="-1"])';

interface DialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Called when the user dismisses the dialog (Escape or the close button), if `dismissible`. */
  onClose: () => void;
  /**
   * False while something must be acknowledged first (a recovery code on screen, a running
   * re-encryption): Escape is then ignored and there is no close button.
   */
  dismissible?: boolean;
  role?: 'dialog' | 'alertdialog';
  /** Element to focus when the dialog opens; otherwise the browser picks the first focusable one. */
  initialFocus?: RefObject<HTMLElement | null>;
  describedBy?: string;
  testId?: string;
}

/**
 * A real modal `<dialog>` (showModal): the rest of the page is inert, focus moves in on open and
 * returns to where it was on close.
 */
export function Dialog({ open, title, children, onClose, dismissible = true, role, initialFocus, describedBy, testId }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const latest = useRef({ open, dismissible, onClose });
  useLayoutEffect(() => {
    latest.current = { open, dismissible, onClose };
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const firstInBody = dialog.querySelector<HTMLElement>(
      '.dialog-body :is(input, select, textarea, button, [href], [tabindex]):not([disabled]):not([tabindex="-1"])',
    );
    (initialFocus?.current ?? firstInBody ?? dialog).focus();
    return () => {
      if (dialog.open) dialog.close();
      // The opener may be gone (a deactivated user's row buttons): fall back to the page heading.
      const target = returnFocusTo.current?.isConnected ? returnFocusTo.current : document.querySelector<HTMLElement>('main h1');
      target?.focus();
    };
    // Runs once per opening; the focus target is read at that moment.
  }, [open, initialFocus]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      tabIndex={-1}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      data-testid={testId}
      onKeyDown={(event) => {
        // A modal dialog keeps the keyboard: Tab past its last control comes back to its first
        // (Chromium would otherwise move on to the browser's own UI), Shift+Tab likewise.
        if (event.key !== 'Tab' || !ref.current) return;
        const controls = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
        const first = controls[0];
        const last = controls[controls.length - 1];
        if (!first || !last) return;
        const active = document.activeElement;
        if (event.shiftKey && (active === first || active === ref.current)) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && active === last) {
          event.preventDefault();
          first.focus();
        }
      }}
      onCancel={(event) => {
        // React state decides whether the dialog is open, never the browser on its own.
        event.preventDefault();
        if (latest.current.dismissible) latest.current.onClose();
      }}
      onClose={() => {
        // Chromium may close a modal on a repeated Escape even when cancel was prevented.
        const { open: shouldBeOpen, dismissible: canClose, onClose: close } = latest.current;
        if (!shouldBeOpen) return;
        if (canClose) close();
        else ref.current?.showModal();
      }}
    >
      {open ? (
        <>
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            {dismissible ? (
              <button type="button" className="button-icon" onClick={onClose} aria-label={t('common:close')}>
                <span aria-hidden="true">×</span>
              </button>
            ) : null}
          </div>
          <div className="dialog-body">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}
