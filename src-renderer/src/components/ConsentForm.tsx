import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_FORM_VERSION, shortHash, type CONSENT_TEXT_KEYS } from '../../../src-main/contract';
import { useClientForm } from './client-form';
import { consentTextHash } from './consent-text-hash';

type Paragraph = (typeof CONSENT_TEXT_KEYS)[number];

/** The consent's paragraphs, written out so the key check sees each one used. */
const PARAGRAPHS: Record<Paragraph, string> = {
  title: 'forms:consent.title',
  intro: 'forms:consent.intro',
  data: 'forms:consent.data',
  voluntary: 'forms:consent.voluntary',
  withdraw: 'forms:consent.withdraw',
  rights: 'forms:consent.rights',
  agree: 'forms:consent.agree',
};

/**
 * The consent to data processing as the client reads it: on paper the client's language beside
 * German, row by row, so staff can read what was signed; in hand-over mode (`alone`) the client's
 * language only, in large type. The text's version and check value (SHA-256, the same the core
 * stores with the consent) are printed at the foot.
 */
export function ConsentForm({ language, reference, alone = false }: { language: string | null; reference: string; alone?: boolean }) {
  const { i18n } = useTranslation();
  const { lng, dir, fontFamily } = useClientForm(language);
  const ft = i18n.getFixedT(lng, 'forms');
  const de = i18n.getFixedT('de', 'forms');
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void consentTextHash(lng, (k) => ft(PARAGRAPHS[k])).then((h) => current && setHash(h));
    return () => {
      current = false;
    };
  }, [lng, ft]);
  const both = lng !== 'de' && !alone;

  /** One row: the client's text, and the German beside it on paper. */
  const row = (key: string, render: (text: string) => ReactNode = (text) => text, values?: Record<string, unknown>) => (
    <div className="consent-row">
      <div className="consent-cell" lang={lng} dir={dir} style={{ fontFamily }}>
        {render(ft(key, values))}
      </div>
      {both ? (
        <div className="consent-cell" lang="de" dir="ltr">
          {render(de(key, values))}
        </div>
      ) : null}
    </div>
  );
  const line = <span className="consent-line" aria-hidden="true" />;
  return (
    <article className={alone ? 'consent-form consent-form-alone' : 'consent-form'} data-testid="consent-form">
      {row(PARAGRAPHS.title, (text) => <h2>{text}</h2>)}
      {row(PARAGRAPHS.intro, (text) => <p>{text}</p>)}
      {row('forms:consent.reference', (text) => (
        <p>
          {text}: <bdi>{reference}</bdi>
        </p>
      ))}
      {row('forms:consent.purpose', (text) => (
        <p>
          {text}: {line}
        </p>
      ))}
      {(['data', 'voluntary', 'withdraw', 'rights'] as const).map((k) => (
        <div key={k}>{row(PARAGRAPHS[k], (text) => <p>{text}</p>)}</div>
      ))}
      {row(PARAGRAPHS.agree, (text) => (
        <p>
          <strong>{text}</strong>
        </p>
      ))}
      {row('forms:consent.date', (text) => (
        <p className="consent-signature">
          {text} {line}
        </p>
      ))}
      {row('forms:consent.signatureClient', (text) => (
        <p className="consent-signature">
          {line}
          <span>{text}</span>
        </p>
      ))}
      {alone
        ? null
        : row('forms:consent.signatureStaff', (text) => (
            <p className="consent-signature">
              {line}
              <span>{text}</span>
            </p>
          ))}
      <p className="consent-version" data-testid="consent-version">
        {ft('forms:consent.version', { version: CONSENT_FORM_VERSION, hash: hash ? shortHash(hash) : '…' })}
      </p>
    </article>
  );
}
