import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, Result } from '../../../src-main/contract';
import type { FileDownload } from '../../../src-main/contract/files';
import { LIST_EXPORT_FORMATS, type ListExportFormat } from '../../../src-main/contract/list-export';
import { exportFormatKey } from '../i18n/dynamic-keys';
import { download } from './download';
import { FormError } from './ErrorMessage';
import { useStatusMessage } from './use-status-message';

/**
 * The one "Export" control of every list: opens two choices (Excel workbook, CSV for German
 * Excel); the core writes every page of the list with the filter on screen. Keyboard: Enter or
 * Space opens, the first choice takes focus, Escape closes and returns to the button.
 */
export function ExportMenu({ run }: { run: (format: ListExportFormat) => Promise<Result<FileDownload>> }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, showMessage] = useStatusMessage();
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    toggle.current?.focus();
  }

  async function exportAs(format: ListExportFormat) {
    setBusy(true);
    setError(null);
    const result = await run(format);
    setBusy(false);
    close();
    if (!result.ok) {
      setError(result.error);
      return;
    }
    download(result.value);
    showMessage('common:export.done');
  }

  return (
    <div className="export-menu" onKeyDown={(e) => e.key === 'Escape' && open && (e.stopPropagation(), close())}>
      <button ref={toggle} type="button" className="button-secondary" aria-expanded={open} aria-controls={`${id}-choices`} disabled={busy} onClick={() => setOpen(!open)}>
        {t('common:export.label')}
      </button>
      {open ? (
        <div id={`${id}-choices`} className="export-menu-choices" role="group" aria-label={t('common:export.hint')}>
          {LIST_EXPORT_FORMATS.map((format, index) => (
            <button key={format} ref={index === 0 ? first : undefined} type="button" className="button-secondary" disabled={busy} onClick={() => void exportAs(format)}>
              {t(exportFormatKey(format))}
            </button>
          ))}
        </div>
      ) : null}
      <span role="status" className="saved-status">
        {busy ? t('common:export.working') : message ? t(message) : ''}
      </span>
      <FormError error={error} />
    </div>
  );
}
