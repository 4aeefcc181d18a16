import { z } from 'zod';
import { channel, SIGNED_IN } from './channel';
import * as f from './fields';

/**
 * Restriction of processing (GDPR Art. 18, SDM M62): a record kept but not used — hidden from
 * lists, searches, matching and report drill-downs (counts stay), still found by subject access
 * and exported for the subject. Set and lifted by admins and the module's working role.
 */
export const RESTRICTABLE_RECORDS = ['poolAssignment', 'hotlineCall', 'moveOutCase'] as const;
export type RestrictableRecord = (typeof RESTRICTABLE_RECORDS)[number];

export interface RestrictionView {
  recordType: RestrictableRecord;
  recordId: number;
  reason: string;
  since: string;
  byName: string | null;
}

const record = { recordType: z.enum(RESTRICTABLE_RECORDS), recordId: f.id };

export const restrictionSetInput = z.strictObject({ ...record, reason: f.requiredText(500) });

export const restrictionChannels = {
  /** The restriction in force on a record, or null: the notice on a record opened by direct link. */
  'restriction.get': channel<RestrictionView | null>()({ input: z.strictObject(record), access: SIGNED_IN, kind: 'read' }),
  /** Marks a record restricted, with a reason (kept with the mark, never in the audit trail). */
  'restriction.set': channel<RestrictionView>()({ input: restrictionSetInput, access: SIGNED_IN, kind: 'write' }),
  /** Lifts the restriction in force. */
  'restriction.lift': channel<null>()({ input: z.strictObject(record), access: SIGNED_IN, kind: 'write' }),
};
