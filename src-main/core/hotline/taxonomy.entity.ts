import { EntitySchema } from 'typeorm';
import type { LabelMap } from '../../contract';
import type { TaxonomyKind } from '../../contract/hotline';

/** Topic, sub-topic, routing target or outreach channel; seeded with keys, extended by admins. */
export interface TaxonomyRow {
  id: number;
  kind: TaxonomyKind;
  parentId: number | null;
  key: string | null;
  /** Admin entries' names per UI language (JSON, German required); null for seeded, translated entries. */
  labels: LabelMap | null;
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
    labels: { type: 'simple-json', nullable: true },
    active: { type: 'boolean' },
    sortOrder: { type: 'integer', name: 'sort_order' },
  },
});
