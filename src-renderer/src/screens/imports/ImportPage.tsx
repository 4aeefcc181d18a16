import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, ImportFile, ImportResult } from '../../../../src-main/contract';
import { IMPORT_FIELDS, IMPORT_TARGET_IDS, importFieldKey, importTargetKey, type ImportTargetId } from '../../../../src-main/contract/imports';
import { useUnlockedStatus } from '../../api/session-context';
import { api } from '../../api/transport';
import { download } from '../../components/download';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { useValidationMessage } from '../../components/validation-message';
import { ImportProgress } from './ImportProgress';
import { proposeMapping, rememberMapping } from './mapping-preset';

/** Rows per `imports.stage` call: small enough for a steady bar, large enough to be quick. */
const CHUNK = 500;

/** Lists a person may import: those of the modules they work in. */
export function importTargetsFor(userModules: readonly string[]): ImportTargetId[] {
  return IMPORT_TARGET_IDS.filter((id) => userModules.includes(id.slice(0, id.indexOf('.'))));
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Moving in from Excel: choose the list, pick the file, map its columns, check (the rows are sent
 * in chunks and held by the core, with a progress bar; nothing is written), then take every valid
 * row in one transaction. Cancel at any point before that forgets the held rows. Rejected rows are
 * listed with their reasons and can be downloaded; rows already in Brücke are skipped.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const message = useValidationMessage();
  const { userModules } = useUnlockedStatus();
  const targets = useMemo(() => importTargetsFor(userModules), [userModules]);
  const [target, setTarget] = useState<ImportTargetId | ''>(targets[0] ?? '');
  const [info, setInfo] = useState<ImportFile | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [progress, setProgress] = useState<{ checked: number; total: number } | 'saving' | null>(null);
  // The core's token for the rows it holds for this page, and a cancel asked for mid-check.
  const token = useRef<string | null>(null);
  const cancelAsked = useRef(false);
  const mappingId = useId();
  const rejectedId = useId();
  const fields = target ? IMPORT_FIELDS[target] : [];
  // A save the core refused during the commit names its line; nothing was taken in.
  const refusedLine = error?.details?.issues?.find((i) => i.path.startsWith('line.'))?.path.slice('line.'.length);

  /** Forgets the rows the core holds (nothing was written); safe to call when it holds none. */
  const discard = async () => {
    const held = token.current;
    token.current = null;
    if (held) await api.imports.discard({ token: held });
  };
  // Leaving the page mid-import leaves nothing held.
  useEffect(() => () => void discard(), []);

  const reset = () => {
    void discard();
    setInfo(null);
    setResult(null);
    setError(null);
    setDone('');
    setProgress(null);
  };

  const cancel = () => {
    if (progress !== null && progress !== 'saving') {
      // The running check stops after the chunk in flight and forgets what it sent.
      cancelAsked.current = true;
      return;
    }
    reset();
    setDone(t('imports:cancelled'));
  };

  const pick = async (picked: File | undefined) => {
    reset();
    if (!picked || !target) return;
    setBusy(true);
    const base64 = await toBase64(picked);
    const r = await api.imports.read({ target, fileName: picked.name, base64 });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setInfo(r.value);
    setMapping(
      proposeMapping(
        target,
        fields.map((f) => f.key),
        r.value.columns,
        (field) => t(importFieldKey(field)),
      ),
    );
  };

  const check = async () => {
    if (!info || !target) return;
    await discard();
    cancelAsked.current = false;
    setBusy(true);
    setDone('');
    setResult(null);
    const total = info.data.length;
    if (total === 0) {
      setBusy(false);
      return setResult({ dryRun: true, rows: 0, accepted: 0, duplicates: [], rejected: [], imported: 0 });
    }
    setProgress({ checked: 0, total });
    let checked: ImportResult | null = null;
    for (let at = 0; at < total; at += CHUNK) {
      const r = await api.imports.stage({ token: token.current, target, mapping, total, rows: info.data.slice(at, at + CHUNK) });
      if (!r.ok) {
        await discard();
        setBusy(false);
        setProgress(null);
        return setError(r.error);
      }
      token.current = r.value.token;
      setProgress({ checked: r.value.checked, total });
      if (cancelAsked.current) {
        await discard();
        setBusy(false);
        setProgress(null);
        return setDone(t('imports:cancelled'));
      }
      checked = r.value.result;
    }
    setBusy(false);
    setProgress(null);
    setError(null);
    setResult(checked);
  };

  const commit = async () => {
    const held = token.current;
    if (!held || !target) return;
    setBusy(true);
    setDone('');
    setProgress('saving');
    const r = await api.imports.commit({ token: held });
    // Committed or refused, the core no longer holds the rows: a refusal means checking again.
    token.current = null;
    setBusy(false);
    setProgress(null);
    if (!r.ok) {
      setResult(null);
      return setError(r.error);
    }
    setError(null);
    setResult(r.value);
    rememberMapping(target, info?.columns ?? [], mapping);
    setDone(t('imports:imported', { count: r.value.imported }));
  };

  // The import's own words and refused saves are translated directly; form rules as the forms do.
  const say = (key: string) => (/^(imports|errors):/.test(key) ? t(key) : (message(key) ?? key));
  const reasons = (issues: ImportResult['rejected'][number]['issues']) =>
    issues.map((i) => (i.field ? `${t(importFieldKey(i.field))}: ${say(i.message)}` : say(i.message))).join('; ');

  const downloadRejected = async () => {
    if (!result) return;
    const r = await api.imports.rejectedReport({
      rows: result.rejected.map((x) => ({ line: x.line, reasons: reasons(x.issues).slice(0, 2000) })),
      texts: { line: t('imports:line'), reasons: t('imports:reasons') },
    });
    if (r.ok) download(r.value);
    else setError(r.error);
  };

  return (
    <>
      <PageHeading>{t('imports:heading')}</PageHeading>
      <p className="muted">{t('imports:intro')}</p>
      <div className="inline-form">
        <FieldFrame label={t('imports:list')}>
          {(control) => (
            <select
              {...control}
              disabled={busy}
              value={target}
              onChange={(e) => {
                setTarget(e.target.value as ImportTargetId);
                reset();
              }}
            >
              {targets.map((id) => (
                <option key={id} value={id}>
                  {t(importTargetKey(id))}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame label={t('imports:file')}>
          {(control) => <input {...control} type="file" accept=".xlsx,.csv,text/csv" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />}
        </FieldFrame>
      </div>
      {progress ? <ImportProgress progress={progress} /> : null}
      <p role="status" className="muted">
        {progress === 'saving'
          ? t('imports:saving')
          : progress
            ? t('imports:checking', { checked: progress.checked, total: progress.total })
            : busy
              ? t('imports:working')
              : done}
      </p>
      <FormError error={error} />
      {refusedLine ? <p className="field-error">{t('imports:refusedLine', { line: refusedLine })}</p> : null}
      {info ? (
        <section className="panel" aria-labelledby={mappingId}>
          <h2 id={mappingId}>{t('imports:mappingHeading')}</h2>
          <p className="muted">{t('imports:fileRead', { rows: info.rows, format: info.format === 'xlsx' ? 'XLSX' : `CSV, ${info.encoding ?? ''}, „${info.delimiter ?? ''}“` })}</p>
          <div className="inline-form">
            {fields.map((f) => (
              <FieldFrame key={f.key} label={`${t(importFieldKey(f.key))}${f.required ? ' *' : ''}`}>
                {(control) => (
                  <select
                    {...control}
                    disabled={busy}
                    value={mapping[f.key] ?? ''}
                    onChange={(e) => {
                      setMapping({ ...mapping, [f.key]: e.target.value === '' ? null : Number(e.target.value) });
                      // The held rows were checked with the old mapping.
                      void discard();
                      setResult(null);
                    }}
                  >
                    <option value="">{t('imports:notInFile')}</option>
                    {info.columns.map((c, i) => (
                      <option key={i} value={i}>
                        {c || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                )}
              </FieldFrame>
            ))}
          </div>
          <div className="actions">
            <button type="button" className="button-secondary" disabled={busy} onClick={() => void check()}>
              {t('imports:check')}
            </button>
            <button type="button" className="button-primary" disabled={busy || !result?.dryRun || result.accepted === 0} onClick={() => void commit()}>
              {t('imports:commit', { count: result?.dryRun ? result.accepted : 0 })}
            </button>
            <button type="button" className="button-secondary" disabled={progress === 'saving'} onClick={cancel}>
              {t('imports:cancel')}
            </button>
          </div>
        </section>
      ) : null}
      {result ? (
        <section className="panel" aria-labelledby={rejectedId}>
          <p>{t('imports:summary', { rows: result.rows, accepted: result.accepted, duplicates: result.duplicates.length, rejected: result.rejected.length })}</p>
          <h2 id={rejectedId}>{t('imports:rejectedHeading')}</h2>
          {result.rejected.length > 0 ? (
            <>
              <TableScroll labelledBy={rejectedId}>
                <table className="data-table" aria-labelledby={rejectedId}>
                  <thead>
                    <tr>
                      <th scope="col">{t('imports:line')}</th>
                      <th scope="col">{t('imports:reasons')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.rejected.map((r) => (
                      <tr key={r.line}>
                        <td>{r.line}</td>
                        <td>{reasons(r.issues)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <button type="button" className="button-secondary" onClick={() => void downloadRejected()}>
                {t('imports:downloadRejected')}
              </button>
            </>
          ) : (
            <p className="muted">–</p>
          )}
        </section>
      ) : null}
    </>
  );
}
