import { format } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { OUTREACH_KINDS, outreachInput, type OutreachKind, type OutreachView } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FormField, issuesByField } from './FormField';
import { outreachKindKey } from './keys';
import type { Taxonomy } from './use-taxonomy';

/**
 * A new outreach entry, or the correction of one (`editing`). Mount it with `key` set to the
 * entry's id so its fields start from that entry.
 */
export function OutreachForm({
  taxonomy,
  editing,
  onSaved,
  onCancel,
}: {
  taxonomy: Taxonomy;
  editing: OutreachView | null;
  onSaved: (created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<OutreachKind>(editing?.kind ?? 'flyer');
  const [place, setPlace] = useState(editing?.place ?? '');
  const [channelId, setChannelId] = useState(editing ? String(editing.channelId) : '');
  const [count, setCount] = useState(editing ? String(editing.count) : '');
  const [date, setDate] = useState(() => editing?.date ?? format(new Date(), 'yyyy-MM-dd'));
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<ErrorValue | null>(null);
  const first = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (editing) first.current?.focus();
  }, [editing]);

  // An entry keeps the channel it was logged with, even if the admin has deactivated it since.
  const channels = taxonomy.all('channel').filter((c) => c.active || c.id === editing?.channelId);

  async function save() {
    const parsed = outreachInput.safeParse({ kind, place, channelId: channelId === '' ? 0 : Number(channelId), count: count === '' ? NaN : Number(count), date, notes });
    if (!parsed.success) {
      const found = issuesByField(parsed.error.issues);
      if (found.channelId) found.channelId = 'validation:required';
      setErrors(found);
      return;
    }
    setErrors({});
    setError(null);
    const result = await api.hotline.outreachSave({ id: editing?.id ?? null, outreach: parsed.data });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (!editing) {
      setPlace('');
      setCount('');
      setNotes('');
    }
    onSaved(!editing);
  }

  return (
    <section className="panel" aria-labelledby="outreach-form-heading">
      <h2 id="outreach-form-heading">{editing ? t('hotline:outreach.editTitle') : t('hotline:outreach.add')}</h2>
      <form
        className="inline-form hotline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FormField label={t('hotline:outreach.kind')}>
          {(c) => (
            <select {...c} ref={first} value={kind} onChange={(e) => setKind(e.target.value as OutreachKind)}>
              {OUTREACH_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(outreachKindKey(k))}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('hotline:outreach.place')} error={errors.place}>
          {(c) => <input {...c} type="text" dir="auto" maxLength={120} value={place} onChange={(e) => setPlace(e.target.value)} />}
        </FormField>
        <FormField label={t('hotline:outreach.channel')} error={errors.channelId}>
          {(c) => (
            <select {...c} value={channelId} onChange={(e) => setChannelId(e.target.value)}>
              <option value="">{t('hotline:call.choose')}</option>
              {channels.map((o) => (
                <option key={o.id} value={o.id}>
                  {taxonomy.label(o.id)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('hotline:outreach.count')} error={errors.count}>
          {(c) => <input {...c} type="number" min={0} className="input-short" value={count} onChange={(e) => setCount(e.target.value)} />}
        </FormField>
        <FormField label={t('hotline:outreach.date')} error={errors.date}>
          {(c) => <input {...c} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </FormField>
        <FormField label={t('hotline:outreach.notes')} error={errors.notes}>
          {(c) => <input {...c} type="text" dir="auto" maxLength={1000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </FormField>
        <button type="submit" className="button-primary">
          {editing ? t('hotline:outreach.saveChanges') : t('hotline:outreach.save')}
        </button>
        {editing ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        ) : null}
      </form>
      <FormError error={error} />
    </section>
  );
}
