import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RTL_LANGUAGES, type ErrorValue } from '../../../../src-main/contract';
import type { AssignmentDetail } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { FieldFrame } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import type { PageParams } from '../module-ui';
import { languageName, localDateTime } from './format';
import { printSection } from './print';

/** Languages the form can be printed in: only those whose form texts exist in the bundle. */
function formLanguages(hasText: (lng: string) => boolean, sessionLanguage: string | null): string[] {
  const known = ['de', 'en', 'ar', 'tr', 'uk', 'fa', 'ru', 'ku'];
  const list = known.filter(hasText);
  // The session language first when the form exists in it: that is the client's language.
  return sessionLanguage && list.includes(sessionLanguage) ? [sessionLanguage, ...list.filter((l) => l !== sessionLanguage)] : list;
}

const CRITERIA = ['pool:printForm.accuracy', 'pool:printForm.role', 'pool:printForm.punctuality', 'pool:printForm.confidentiality', 'pool:printForm.overall'] as const;

/**
 * A paper feedback form for requesters (and clients) who have no access to Brücke, printed in
 * the client's language; the coordinator types the answers in afterwards.
 */
export function FeedbackPrintPage({ params }: { params: PageParams }) {
  const { t, i18n } = useTranslation();
  const uiLng = i18n.resolvedLanguage ?? 'de';
  const id = params.id === undefined ? null : Number(params.id);
  const [a, setA] = useState<AssignmentDetail | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [formLng, setFormLng] = useState<string | null>(null);

  useEffect(() => {
    if (id === null) return;
    void api.pool.assignmentGet({ id }).then((r) => (r.ok ? setA(r.value) : setError(r.error)));
  }, [id]);

  const languages = useMemo(
    () => formLanguages((lng) => i18n.getResource(lng, 'pool', 'printForm.title') !== undefined, a?.language ?? null),
    [i18n, a?.language],
  );
  const lng = formLng ?? languages[0] ?? uiLng;
  const ft = i18n.getFixedT(lng);
  const dir = RTL_LANGUAGES.includes(lng) ? 'rtl' : 'ltr';
  const blankLine = <span className="pool-form-line" aria-hidden="true" />;

  return (
    <>
      <PageHeading>{t('pool:printForm.pageTitle')}</PageHeading>
      <FormError error={error} />
      <div className="pool-inline-form no-print">
        <FieldFrame className="pool-cell" label={t('pool:printForm.language')}>
          {(control) => (
            <select {...control} value={lng} onChange={(e) => setFormLng(e.target.value)}>
              {languages.map((l) => (
                <option key={l} value={l} lang={l}>
                  {languageName(l, l)}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <button type="button" className="button-primary" onClick={() => printSection('feedbackForm')}>
          {t('pool:printForm.print')}
        </button>
      </div>
      <article className="panel pool-paper-form" data-print-section="feedbackForm" lang={lng} dir={dir} data-testid="pool-feedback-paper">
        <h2>{ft('pool:printForm.title')}</h2>
        <p>{ft('pool:printForm.intro')}</p>
        <dl className="facts">
          <dt>{ft('pool:printForm.when')}</dt>
          <dd>{a ? <bdi>{localDateTime(a.start, lng)}</bdi> : blankLine}</dd>
          <dt>{ft('pool:printForm.sessionLanguage')}</dt>
          <dd>{a ? languageName(a.language, lng) : blankLine}</dd>
          <dt>{ft('pool:printForm.interpreter')}</dt>
          <dd>{a?.interpreterName ? <bdi>{a.interpreterName}</bdi> : blankLine}</dd>
          <dt>{ft('pool:printForm.requester')}</dt>
          <dd>{a ? <bdi>{a.requesterName}</bdi> : blankLine}</dd>
        </dl>
        <h3>{ft('pool:printForm.ratingHeading')}</h3>
        <p className="muted">{ft('pool:printForm.scale')}</p>
        <table className="pool-paper-scale">
          <tbody>
            {CRITERIA.map((key) => (
              <tr key={key}>
                <th scope="row">{ft(key)}</th>
                {[1, 2, 3, 4, 5].map((n) => (
                  <td key={n}>
                    <span className="pool-box" aria-hidden="true" /> {n}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p>{ft('pool:printForm.comment')}</p>
        {blankLine}
        {blankLine}
        <h3>{ft('pool:printForm.clientHeading')}</h3>
        <p>{ft('pool:printForm.clientIntro')}</p>
        <table className="pool-paper-scale">
          <tbody>
            <tr>
              <th scope="row">{ft('pool:printForm.clientRating')}</th>
              {[1, 2, 3, 4, 5].map((n) => (
                <td key={n}>
                  <span className="pool-box" aria-hidden="true" /> {n}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        <p>{ft('pool:printForm.clientComment')}</p>
        {blankLine}
        <p className="pool-paper-signature">{ft('pool:printForm.signature')}</p>
        {blankLine}
      </article>
    </>
  );
}
