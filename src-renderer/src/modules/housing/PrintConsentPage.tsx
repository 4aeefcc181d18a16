import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isClientFormLanguage, textDirection, type ErrorValue } from '../../../../src-main/contract';
import type { CaseDetail } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';
import { useClientForm } from '../../components/client-form';
import { ConsentForm } from '../../components/ConsentForm';
import { FormError } from '../../components/ErrorMessage';
import { FormLanguageOptions } from '../../components/FormLanguageOptions';
import { HandOver } from '../../components/HandOver';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import type { PageParams } from '../module-ui';

/**
 * The consent form for the household, in the household's language: printed bilingual (client
 * language beside German) or handed over on screen, the client's language alone in large type.
 */
export function PrintConsentPage({ params }: { params: PageParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(params.id);
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [handedOver, setHandedOver] = useState(false);
  useEffect(() => {
    void api.housing.caseGet({ id }).then((r) => (r.ok ? setDetail(r.value) : setError(r.error)));
  }, [id]);
  const { lng, hasTexts } = useClientForm(language ?? detail?.household.languages.find(isClientFormLanguage) ?? null);
  if (!detail) return <FormError error={error} />;
  return (
    <>
      <div className="page-header housing-no-print">
        <PageHeading>{t('housing:consentForm.pageTitle')}</PageHeading>
        <div className="row-actions">
          <label htmlFor="housing-consent-lng">{t('housing:consentForm.language')}</label>
          <select id="housing-consent-lng" value={lng} onChange={(e) => setLanguage(e.target.value)}>
            <FormLanguageOptions only={hasTexts} />
          </select>
          <button type="button" className="button-primary" onClick={() => window.print()}>
            {t('housing:print.print')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setHandedOver(true)}>
            {t('common:handOver.start')}
          </button>
          <button type="button" className="button-secondary" onClick={() => navigate('housing.case', { id })}>
            {t('housing:print.back')}
          </button>
        </div>
      </div>
      <div className="housing-print">
        <ConsentForm language={lng} reference={detail.card.reference} />
      </div>
      <HandOver open={handedOver} onBack={() => setHandedOver(false)} lang={lng} dir={textDirection(lng)}>
        <ConsentForm language={lng} reference={detail.card.reference} alone />
      </HandOver>
    </>
  );
}
