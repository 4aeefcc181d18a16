import { EntitySchema } from 'typeorm';
import type { TaxonomyKind } from '../../contract/hotline';

/** Topic, sub-topic, routing target or outreach channel; seeded with keys, extended by admins. */
export interface TaxonomyRow {
  id: number;
  kind: TaxonomyKind;
  parentId: number | null;
  key: string | null;
  labelDe: string | null;
  labelEn: string | null;
  labelAr: string | null;
  active: boolean;
  sortOrder: number;
}

export const TaxonomyEntity = new EntitySchema<TaxonomyRow>({
  name: 'HotlineTaxonomy',
  tableName: 'hotline_taxonomy',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    kind: { type: 'text' },
    parentId: { type: 'integer', name: 'parent_id', nullable: true },
    key: { type: 'text', nullable: true },
    labelDe: { type: 'text', name: 'label_de', nullable: true },
    labelEn: { type: 'text', name: 'label_en', nullable: true },
    labelAr: { type: 'text', name: 'label_ar', nullable: true },
    active: { type: 'boolean' },
    sortOrder: { type: 'integer', name: 'sort_order' },
  },
});
