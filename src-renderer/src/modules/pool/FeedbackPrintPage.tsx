import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { AssignmentDetail } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { useClientForm } from '../../components/client-form';
import { FormError } from '../../components/ErrorMessage';
import { FormLanguageOptions } from '../../components/FormLanguageOptions';
import { FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import type { PageParams } from '../module-ui';
import { languageName, localDateTime } from './format';
import { printSection } from './print';

const CRITERIA = ['forms:feedback.accuracy', 'forms:feedback.role', 'forms:feedback.punctuality', 'forms:feedback.confidentiality', 'forms:feedback.overall'] as const;

/**
 * A paper feedback form for requesters (and clients) who have no access to Brücke, printed in
 * the client's language; the coordinator types the answers in afterwards.
 */
export function FeedbackPrintPage({ params }: { params: PageParams }) {
  const { t } = useTranslation();
  const id = params.id === undefined ? null : Number(params.id);
  const [a, setA] = useState<AssignmentDetail | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [formLng, setFormLng] = useState<string | null>(null);

  useEffect(() => {
    if (id === null) return;
    void api.pool.assignmentGet({ id }).then((r) => (r.ok ? setA(r.value) : setError(r.error)));
  }, [id]);

  // The session's language first when the form exists in it: that is the client's language.
  const { lng, dir, bi, fontFamily, hasTexts } = useClientForm(formLng ?? a?.language ?? null);
  const blankLine = <span className="pool-form-line" aria-hidden="true" />;

  return (
    <>
      <PageHeading>{t('pool:printForm.pageTitle')}</PageHeading>
      <FormError error={error} />
      <div className="pool-inline-form no-print">
        <FieldFrame className="pool-cell" label={t('pool:printForm.language')}>
          {(control) => (
            <select {...control} value={lng} onChange={(e) => setFormLng(e.target.value)}>
              <FormLanguageOptions only={hasTexts} />
            </select>
          )}
        </FieldFrame>
        <button type="button" className="button-primary" onClick={() => printSection('feedbackForm')}>
          {t('pool:printForm.print')}
        </button>
        <button type="button" className="button-secondary" onClick={() => printSection('confirmationForm')}>
          {t('pool:printForm.printConfirmation')}
        </button>
      </div>
      <article className="panel pool-paper-form" data-print-section="feedbackForm" lang={lng} dir={dir} style={{ fontFamily }} data-testid="pool-feedback-paper">
        <h2>{bi('forms:feedback.title')}</h2>
        <p>{bi('forms:feedback.intro')}</p>
        <dl className="facts">
          <dt>{bi('forms:feedback.when')}</dt>
          <dd>{a ? <bdi>{localDateTime(a.start, lng)}</bdi> : blankLine}</dd>
          <dt>{bi('forms:feedback.sessionLanguage')}</dt>
          <dd>{a ? languageName(a.language, lng) : blankLine}</dd>
          <dt>{bi('forms:feedback.interpreter')}</dt>
          <dd>{a?.interpreterName ? <bdi>{a.interpreterName}</bdi> : blankLine}</dd>
          <dt>{bi('forms:feedback.requester')}</dt>
          <dd>{a ? <bdi>{a.requesterName}</bdi> : blankLine}</dd>
        </dl>
        <h3>{bi('forms:feedback.ratingHeading')}</h3>
        <p className="muted">{bi('forms:feedback.scale')}</p>
        <table className="pool-paper-scale">
          <tbody>
            {CRITERIA.map((key) => (
              <tr key={key}>
                <th scope="row">{bi(key)}</th>
                {[1, 2, 3, 4, 5].map((n) => (
                  <td key={n}>
                    <span className="pool-box" aria-hidden="true" /> {n}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p>{bi('forms:feedback.comment')}</p>
        {blankLine}
        {blankLine}
        <h3>{bi('forms:feedback.clientHeading')}</h3>
        <p>{bi('forms:feedback.clientIntro')}</p>
        <table className="pool-paper-scale">
          <tbody>
            <tr>
              <th scope="row">{bi('forms:feedback.clientRating')}</th>
              {[1, 2, 3, 4, 5].map((n) => (
                <td key={n}>
                  <span className="pool-box" aria-hidden="true" /> {n}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        <p>{bi('forms:feedback.clientComment')}</p>
        {blankLine}
        <p className="pool-paper-signature">{bi('forms:feedback.signature')}</p>
        {blankLine}
      </article>
      {/* The client confirms the session took place: their language beside German, like the feedback. */}
      <article className="panel pool-paper-form" data-print-section="confirmationForm" lang={lng} dir={dir} style={{ fontFamily }} data-testid="pool-confirmation-paper">
        <h2>{bi('forms:confirmation.title')}</h2>
        <p>{bi('forms:confirmation.intro')}</p>
        <dl className="facts">
          <dt>{bi('forms:confirmation.when')}</dt>
          <dd>{a ? <bdi>{localDateTime(a.start, lng)}</bdi> : blankLine}</dd>
          <dt>{bi('forms:confirmation.sessionLanguage')}</dt>
          <dd>{a ? languageName(a.language, lng) : blankLine}</dd>
          <dt>{bi('forms:confirmation.interpreter')}</dt>
          <dd>{a?.interpreterName ? <bdi>{a.interpreterName}</bdi> : blankLine}</dd>
          <dt>{bi('forms:confirmation.place')}</dt>
          <dd>{a ? <bdi>{a.requesterName}</bdi> : blankLine}</dd>
        </dl>
        <p>
          <span className="pool-box" aria-hidden="true" /> {bi('forms:confirmation.confirm')}
        </p>
        <p className="pool-paper-signature">{bi('forms:confirmation.date')}</p>
        {blankLine}
        <p className="pool-paper-signature">{bi('forms:confirmation.signatureClient')}</p>
        {blankLine}
      </article>
    </>
  );
}
