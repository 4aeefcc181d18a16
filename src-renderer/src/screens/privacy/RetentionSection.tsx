import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue, PurgePlan, RetentionView } from '../../../../src-main/contract';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame } from '../../components/form';
import { formatDateTime } from '../../i18n/date-locale';

/** Deletion classes with their periods and legal basis, the pause switch, the dry run and the confirmed purge. */
export function RetentionSection() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [view, setView] = useState<RetentionView | null>(null);
  const [plan, setPlan] = useState<PurgePlan | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void api.privacy.retentionGet({}).then((r) => (r.ok ? setView(r.value) : setError(r.error)));
  }, []);
  if (!view) return <FormError error={error} />;

  const update = (id: string, change: Partial<{ months: number; note: string }>) =>
    setView({ ...view, classes: view.classes.map((c) => (c.id === id ? { ...c, ...change } : c)) });
  const save = async () => {
    setError(null);
    const r = await api.privacy.retentionSave({ paused: view.paused, classes: view.classes.map((c) => ({ id: c.id, months: c.months, note: c.note })) });
    if (r.ok) {
      setView(r.value);
      setMessage(t('privacy:retention.saved'));
    } else setError(r.error);
  };
  const dryRun = async () => {
    const r = await api.privacy.purgeDryRun({});
    if (r.ok) setPlan(r.value);
    else setError(r.error);
  };
  const apply = async () => {
    const r = await api.privacy.purgeApply({ confirm: true });
    if (!r.ok) return setError(r.error);
    setPlan(null);
    setMessage(t('privacy:retention.done', { count: r.value.classes.reduce((n, c) => n + c.count, 0) }));
  };

  return (
    <section className="panel" aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('privacy:retention.title')}</h2>
      <p className="muted">{t('privacy:retention.intro')}</p>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby="retention-heading">
          <thead>
            <tr>
              <th scope="col">{t('privacy:retention.class')}</th>
              <th scope="col">{t('privacy:retention.months')}</th>
              <th scope="col">{t('privacy:retention.note')}</th>
              <th scope="col">{t('privacy:retention.due')}</th>
            </tr>
          </thead>
          <tbody>
            {view.classes.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="cell-mono" dir="ltr">
                  {c.id}
                </th>
                <td>
                  <input
                    type="number"
                    min={1}
                    max={600}
                    aria-label={`${t('privacy:retention.months')} ${c.id}`}
                    value={c.months}
                    onChange={(e) => update(c.id, { months: Number(e.target.value) })}
                  />
                </td>
                <td>
                  <input type="text" dir="auto" aria-label={`${t('privacy:retention.note')} ${c.id}`} value={c.note} onChange={(e) => update(c.id, { note: e.target.value })} />
                </td>
                <td>{plan ? (plan.classes.find((p) => p.id === c.id)?.count ?? 0) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FieldFrame label={t('privacy:retention.paused')}>
        {(c) => <input {...c} type="checkbox" checked={view.paused} onChange={(e) => setView({ ...view, paused: e.target.checked })} />}
      </FieldFrame>
      <p className="muted">{view.lastRun ? t('privacy:retention.lastRun', { at: formatDateTime(view.lastRun.at, lng), count: view.lastRun.rows }) : t('privacy:backup.never')}</p>
      <div className="actions">
        <button type="button" className="button-primary" onClick={() => void save()}>
          {t('common:save')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void dryRun()}>
          {t('privacy:retention.dryRun')}
        </button>
        {plan && !plan.paused ? (
          <button type="button" className="button-danger" onClick={() => void apply()}>
            {t('privacy:retention.apply')}
          </button>
        ) : null}
      </div>
      {plan?.paused ? <p role="status">{t('privacy:retention.isPaused')}</p> : null}
      <p role="status" className="saved-status">
        {message}
      </p>
      <FormError error={error} />
    </section>
  );
}
