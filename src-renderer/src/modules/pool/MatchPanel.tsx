import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { AssignmentDetail, MatchView } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { formatNumber } from '../../i18n/date-locale';
import { languageName } from '../../i18n/language-names';
import { hoursIn, listOf } from './format';
import { enumKey } from './keys';

/**
 * Ranked proposals with their reasons; why each other speaker of the language was not proposed one
 * click away; those who do not speak it counted in one line (a regional pool has hundreds).
 */
export function MatchPanel({ a, onChanged }: { a: AssignmentDetail; onChanged: (next: AssignmentDetail) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [match, setMatch] = useState<MatchView | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);

  useEffect(() => {
    void api.pool.matchProposals({ id: a.id }).then((r) => (r.ok ? setMatch(r.value) : setError(r.error)));
  }, [a.id, a.status, a.interpreterId]);

  const propose = async (interpreterId: number) => {
    setError(null);
    const r = await api.pool.assignmentPropose({ id: a.id, interpreterId });
    if (r.ok) onChanged(r.value);
    else setError(r.error);
  };

  return (
    <section className="panel" aria-labelledby="pool-match-heading">
      <h2 id="pool-match-heading">{t('pool:match.title')}</h2>
      <FormError error={error} />
      {match === null ? (
        <p className="muted">{t('common:loading')}</p>
      ) : match.proposals.length === 0 ? (
        <p>{t('pool:match.none')}</p>
      ) : (
        <ol className="pool-proposals" aria-label={t('pool:match.proposals')}>
          {match.proposals.map((p) => (
            <li key={p.interpreterId} data-testid="pool-proposal">
              <span className="pool-proposal-name">
                <bdi>{p.nameLatin}</bdi> <span dir="auto">{p.nameNative !== p.nameLatin ? p.nameNative : ''}</span>
              </span>
              <span className="muted">
                {p.reasons.map((r) => t(enumKey('reason', r))).join(' · ')} · {t('pool:match.hours', { hours: hoursIn(p.bookedMinutesThisMonth, i18n.resolvedLanguage ?? 'de') })}
              </span>
              {a.interpreterId === p.interpreterId && a.status === 'proposed' ? (
                <strong>{t('pool:match.isProposed')}</strong>
              ) : (
                <button type="button" className="button-secondary button-small" onClick={() => void propose(p.interpreterId)}>
                  {t('pool:match.propose')}
                  <span className="visually-hidden">
                    {' '}
                    <bdi>{p.nameLatin}</bdi>
                  </span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {match && match.rejected.length > 0 ? (
        <details className="pool-why-not">
          <summary>{t('pool:match.whyNotSummary', { count: match.rejected.length })}</summary>
          <ul>
            {match.rejected.map((r) => (
              <li key={r.interpreterId} data-testid="pool-why-not">
                <bdi>{r.nameLatin}</bdi>: {listOf(r.whyNot.map((w) => t(enumKey('whyNot', w))), i18n.resolvedLanguage ?? 'de')}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {match && match.notSpeaking > 0 ? (
        <p className="pool-not-speaking">
          {t('pool:match.notSpeaking', { language: languageName(a.language, lng), number: formatNumber(match.notSpeaking, lng) })}
        </p>
      ) : null}
    </section>
  );
}
