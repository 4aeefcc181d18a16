import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelIn } from '../../../../src-main/contract';
import type { TaxonomyEntry, TaxonomyKind } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';
import { taxonomyKey } from './keys';

export interface Taxonomy {
  entries: TaxonomyEntry[];
  /** Active entries: what a new call or outreach entry may use. */
  of(kind: TaxonomyKind, parentId?: number | null): TaxonomyEntry[];
  /** Active and inactive entries, for the administration page. */
  all(kind: TaxonomyKind, parentId?: number | null): TaxonomyEntry[];
  /** Seeded entries are translated; admin entries carry their own labels per language. */
  label(id: number | null | undefined): string;
  reload(): Promise<void>;
}

export function useTaxonomy(): Taxonomy {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<TaxonomyEntry[]>([]);
  const reload = useCallback(async () => {
    const result = await api.hotline.taxonomy({});
    if (result.ok) setEntries(result.value);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const lng = i18n.resolvedLanguage ?? 'de';
  const label = useCallback(
    (id: number | null | undefined) => {
      const entry = entries.find((e) => e.id === id);
      if (!entry) return '';
      return entry.key ? t(taxonomyKey(entry.key)) : labelIn(entry.labels, lng);
    },
    [entries, t, lng],
  );
  const all = useCallback(
    (kind: TaxonomyKind, parentId?: number | null) =>
      entries.filter((e) => e.kind === kind && (parentId === undefined || e.parentId === parentId)),
    [entries],
  );
  const of = useCallback((kind: TaxonomyKind, parentId?: number | null) => all(kind, parentId).filter((e) => e.active), [all]);
  return { entries, of, all, label, reload };
}
