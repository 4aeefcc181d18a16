import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorValue } from '../../../../src-main/contract';
import type { InterpreterDetail, InterpreterInput } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { FormError } from '../../components/ErrorMessage';
import { PageHeading } from '../../components/PageHeading';
import { useNavigate } from '../../frame/navigation-context';
import type { PageParams } from '../module-ui';
import { download } from '../../components/download';
import { InterpreterForm } from './InterpreterForm';
import { InterpreterOverview } from './InterpreterOverview';
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

/**
 * An interpreter's profile: opens as a read-only overview (with their assignments and hours);
 * "Edit" (`edit=1` in the address) opens the form. A new interpreter starts in the form.
 */
export function InterpreterPage({ params }: { params: PageParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = typeof params.id === 'number' ? params.id : null;
  const editing = id === null || params.edit === 1;
  const [detail, setDetail] = useState<InterpreterDetail | null>(null);
  const [initial, setInitial] = useState<InterpreterInput | null>(id === null ? EMPTY_INTERPRETER : null);
  const [error, setError] = useState<ErrorValue | null>(null);

  useEffect(() => {
    if (id === null) return;
    void api.pool.interpreterGet({ id }).then((r) => {
      if (!r.ok) return setError(r.error);
      setDetail(r.value);
      const { createdAt: _c, updatedAt: _u, conflictRequesters: _r, ...values } = r.value;
      setInitial(values);
    });
  }, [id]);

  return (
    <>
      <div className="page-header">
        <PageHeading>{id === null ? t('pool:interpreter.newTitle') : editing ? t('pool:interpreter.editTitle') : (detail?.nameLatin ?? t('pool:overview.title'))}</PageHeading>
        <div className="row-actions">
          {id !== null && !editing ? (
            <button type="button" className="button-primary" onClick={() => navigate('pool.interpreter', { id, edit: 1 })}>
              {t('pool:overview.edit')}
            </button>
          ) : null}
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
      </div>
      <FormError error={error} />
      {!editing && detail ? (
        <InterpreterOverview detail={detail} today={format(new Date(), 'yyyy-MM-dd')} />
      ) : editing && initial ? (
        <InterpreterForm
          initial={initial}
          conflictRequesters={detail?.conflictRequesters ?? []}
          // Back to the overview of the one just saved or left; a new one goes to the list.
          onSaved={() => (id === null ? navigate('pool.interpreters') : navigate('pool.interpreter', { id }))}
          onCancel={() => (id === null ? navigate('pool.interpreters') : navigate('pool.interpreter', { id }))}
        />
      ) : error ? null : (
        <p className="muted">{t('common:loading')}</p>
      )}
      {id !== null ? <RecordHistory entity="interpreter" id={id} /> : null}
    </>
  );
}
