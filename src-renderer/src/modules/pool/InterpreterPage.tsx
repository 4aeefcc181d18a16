import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { InterpreterInput, RequesterView } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import type { PageParams } from '../module-ui';
import { download } from '../../components/download';
import { InterpreterForm } from './InterpreterForm';
import { RecordHistory } from '../../components/RecordHistory';

export const EMPTY_INTERPRETER: InterpreterInput = {
  id: null,
  nameNative: '',
  nameLatin: '',
  gender: 'female',
  phone: '',
  email: '',
  status: 'active',
  focusPools: ['general'],
  languages: [{ language: 'ar', dialect: '', level: 'native' }],
  qualifications: [],
  events: [],
  availability: [],
  absences: [],
  conflicts: [],
  confidentialitySignedOn: '',
  firstHourCents: null,
  furtherHalfHourCents: null,
  kmCents: null,
  travelFlatCents: null,
  notes: '',
};

/** Create or edit an interpreter's profile. */
export function InterpreterPage({ params }: { params: PageParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = typeof params.id === 'number' ? params.id : null;
  const [initial, setInitial] = useState<InterpreterInput | null>(id === null ? EMPTY_INTERPRETER : null);
  const [requesters, setRequesters] = useState<RequesterView[]>([]);
  const [error, setError] = useState<ErrorValue | null>(null);

  useEffect(() => {
    void api.pool.requestersList({ search: '' }).then((r) => r.ok && setRequesters(r.value));
    if (id === null) return;
    void api.pool.interpreterGet({ id }).then((r) => {
      if (!r.ok) return setError(r.error);
      const { createdAt: _c, updatedAt: _u, ...values } = r.value;
      setInitial(values);
    });
  }, [id]);

  return (
    <>
      <div className="page-header">
        <PageHeading>{id === null ? t('pool:interpreter.newTitle') : t('pool:interpreter.editTitle')}</PageHeading>
        {id !== null ? (
          <button
            type="button"
            className="button-secondary"
            onClick={async () => {
              const r = await api.pool.calendarExport({ interpreterId: id });
              if (r.ok) download(r.value);
              else setError(r.error);
            }}
          >
            {t('pool:interpreter.icsExport')}
          </button>
        ) : null}
      </div>
      <FormError error={error} />
      {initial ? (
        <InterpreterForm
          initial={initial}
          requesters={requesters}
          onSaved={() => navigate('pool.interpreters')}
          onCancel={() => navigate('pool.interpreters')}
        />
      ) : (
        <p className="muted">{t('common:loading')}</p>
      )}
      {id !== null ? <RecordHistory entity="interpreter" id={id} /> : null}
    </>
  );
}
