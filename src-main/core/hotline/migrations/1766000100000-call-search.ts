import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTrigramIndexSql, dropTrigramIndexSql } from '../../db/text-search';
import { CALLER_NAME_INDEX, EMPLOYER_NAME_INDEX } from '../search-indexes';

/**
 * Trigram indexes (db/text-search.ts) over callers' and employers' names: the call search reads
 * the rows that contain what was typed instead of every call twice (count and page) per keystroke.
 */
export class HotlineCallSearch1766000100000 implements MigrationInterface {
  name = 'HotlineCallSearch1766000100000';

  async up(q: QueryRunner): Promise<void> {
    for (const ix of [CALLER_NAME_INDEX, EMPLOYER_NAME_INDEX]) for (const sql of createTrigramIndexSql(ix)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const ix of [CALLER_NAME_INDEX, EMPLOYER_NAME_INDEX]) for (const sql of dropTrigramIndexSql(ix)) await q.query(sql);
  }
}
