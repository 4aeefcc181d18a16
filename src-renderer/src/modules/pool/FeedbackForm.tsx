import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import { feedbackInput, type AssignmentDetail } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { CheckboxField, SelectField, TextAreaField, useContractForm } from '../../components/form';

const RATINGS = [5, 4, 3, 2, 1];
const ratingOrNull = (v: unknown) => (v === '' || v === null ? null : Number(v));

/** The requester's rating and the interpreter's debrief, typed in by the coordinator. */
export function FeedbackForm({ a, onSaved }: { a: AssignmentDetail; onSaved: (next: AssignmentDetail) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ErrorValue | null>(null);
  const { register, handleSubmit, formState, showServerIssues } = useContractForm(feedbackInput, {
    defaultValues: {
      assignmentId: a.id,
      accuracy: 5,
      role: 5,
      punctuality: 5,
      confidentiality: 5,
      overall: 5,
      comment: '',
      emotionalLoad: null,
      supervisionWish: false,
      debrief: '',
      clientRating: null,
      clientComment: '',
    },
  });
  const submit = handleSubmit(async (values) => {
    setError(null);
    const r = await api.pool.feedbackSave(values);
    if (r.ok) onSaved(r.value);
    else if (!showServerIssues(r.error)) setError(r.error);
  });
  const rating = (name: 'accuracy' | 'role' | 'punctuality' | 'confidentiality' | 'overall', label: string) => (
    <SelectField label={label} registration={register(name, { valueAsNumber: true })} error={formState.errors[name]}>
      {RATINGS.map((n) => (
        <option key={n} value={n}>
          {t('pool:feedback.stars', { count: n })}
        </option>
      ))}
    </SelectField>
  );
  const optionalRating = (name: 'emotionalLoad' | 'clientRating', label: string) => (
    <SelectField label={label} registration={register(name, { setValueAs: ratingOrNull })} error={formState.errors[name]}>
      <option value="">–</option>
      {RATINGS.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </SelectField>
  );
  return (
    <section className="panel" aria-labelledby="pool-feedback-heading">
      <h2 id="pool-feedback-heading">{t('pool:feedback.title')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate className="pool-form">
        <fieldset className="pool-list">
          <legend>{t('pool:feedback.requester')}</legend>
          <div className="pool-grid">
            {rating('accuracy', t('pool:feedback.accuracy'))}
            {rating('role', t('pool:feedback.role'))}
            {rating('punctuality', t('pool:feedback.punctuality'))}
            {rating('confidentiality', t('pool:feedback.confidentiality'))}
            {rating('overall', t('pool:feedback.overall'))}
          </div>
          <TextAreaField label={t('pool:feedback.comment')} registration={register('comment')} error={formState.errors.comment} rows={2} />
        </fieldset>
        <fieldset className="pool-list">
          <legend>{t('pool:feedback.debriefTitle')}</legend>
          <div className="pool-grid">{optionalRating('emotionalLoad', t('pool:feedback.emotionalLoad'))}</div>
          <CheckboxField label={t('pool:feedback.supervisionWish')} registration={register('supervisionWish')} />
          <TextAreaField label={t('pool:feedback.debrief')} registration={register('debrief')} error={formState.errors.debrief} rows={2} />
        </fieldset>
        <fieldset className="pool-list">
          <legend>{t('pool:feedback.clientTitle')}</legend>
          <div className="pool-grid">{optionalRating('clientRating', t('pool:feedback.clientRating'))}</div>
          <TextAreaField label={t('pool:feedback.clientComment')} registration={register('clientComment')} error={formState.errors.clientComment} rows={2} />
        </fieldset>
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={formState.isSubmitting}>
            {t('pool:feedback.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
