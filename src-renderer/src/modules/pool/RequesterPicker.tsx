import type { Ref } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RequesterView } from '../../../../src-main/contract/pool';
import { api } from '../../api/transport';
import { SearchCombobox } from '../../components/SearchCombobox';

/** The field's state: a chosen requester (`id`), or text typed while searching (`id` null). */
export interface RequesterChoice {
  id: number | null;
  name: string;
}

interface Props {
  label: string;
  value: RequesterChoice;
  /** A pick hands over the whole requester (with its contacts); typing hands over the text only. */
  onChange: (choice: RequesterChoice, requester: RequesterView | null) => void;
  error?: FieldError | string | undefined;
  name: string;
  inputRef?: Ref<HTMLInputElement> | undefined;
  className?: string;
}

/** As many as the list shows: a keystroke does not fetch 500 requesters with their contacts. */
const MATCHES = 8;

async function searchRequesters(search: string): Promise<RequesterView[]> {
  const result = await api.pool.requestersList({ search, limit: MATCHES });
  return result.ok ? result.value.rows : [];
}

/**
 * A requester by name, searched on the server as the user types: every requester is reachable,
 * not only the first page of the list.
 */
export function RequesterPicker({ label, value, onChange, error, name, inputRef, className }: Props) {
  const { t } = useTranslation();
  return (
    <SearchCombobox<RequesterView>
      label={label}
      hint={value.id !== null ? t('pool:requesterPicker.chosen') : t('pool:requesterPicker.hint')}
      error={error}
      listLabel={t('pool:requesterPicker.matches')}
      name={name}
      text={value.name}
      chosen={value.id !== null}
      onType={(text) => onChange({ id: null, name: text }, null)}
      search={searchRequesters}
      inputRef={inputRef}
      className={className}
      onPick={(requester) => onChange({ id: requester.id, name: requester.name }, requester)}
      itemKey={(requester) => requester.id}
      renderItem={(requester) => (
        <>
          <bdi>{requester.name}</bdi>
          {requester.address ? <span className="muted"> · <bdi>{requester.address}</bdi></span> : null}
        </>
      )}
    />
  );
}
