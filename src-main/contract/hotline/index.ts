import { z } from 'zod';
import { channel, type Access } from '../channel';
import type { ConsentView } from '../consent';
import type { FileDownload } from '../files';
import * as f from '../fields';
import { listExportInput } from '../list-export';
import { defineModuleContract } from '../module-contract';
import * as s from './schemas';
import { FOLLOW_UP_KINDS } from './values';

export * from './schemas';
export * from './values';

const HOTLINE: Access = { kind: 'signedIn', roles: ['hotline'] };
/** Topics and routing targets are read by hotline staff and extended by admins. */
const HOTLINE_OR_ADMIN: Access = { kind: 'signedIn', roles: ['hotline', 'admin'] };
const ADMIN: Access = { kind: 'signedIn', roles: ['admin'] };

/** The columns of the employer and call lists, in screen order (their exports name them). */
export const EMPLOYER_LIST_COLUMNS = ['name', 'sector', 'city', 'calls', 'lastCall'] as const;
export const CALL_LIST_COLUMNS = ['startedAt', 'employer', 'callerName', 'topic', 'routing', 'urgency', 'status', 'openFollowUps'] as const;

/** Channels of the Arbeitgeberinfo hotline (employer hotline). */
export const hotlineChannels = {
  'hotline.taxonomy': channel<s.TaxonomyEntry[]>()({ input: f.empty, access: HOTLINE_OR_ADMIN, kind: 'read' }),
  'hotline.taxonomyAdd': channel<s.TaxonomyEntry>()({ input: s.taxonomyAddInput, access: ADMIN, kind: 'write' }),
  /** Hides an entry from new calls (or shows it again); calls already logged keep it. */
  'hotline.taxonomySetActive': channel<s.TaxonomyEntry>()({
    input: z.strictObject({ id: f.id, active: z.boolean() }),
    access: ADMIN,
    kind: 'write',
  }),
  'hotline.staff': channel<s.StaffMember[]>()({ input: f.empty, access: HOTLINE, kind: 'read' }),

  'hotline.employersList': channel<s.Paged<s.EmployerSummary>>()({ input: s.listInput, access: HOTLINE, kind: 'read' }),
  /** A list with its filter, every page, as XLSX or German CSV (audited as an export). */
  'hotline.employersExport': channel<FileDownload>()({ input: listExportInput(s.listInput, EMPLOYER_LIST_COLUMNS), access: HOTLINE, kind: 'read' }),
  'hotline.employerGet': channel<s.EmployerView>()({ input: z.strictObject({ id: f.id }), access: HOTLINE, kind: 'read' }),
  'hotline.employerSave': channel<s.EmployerView>()({ input: s.employerSaveInput, access: HOTLINE, kind: 'write' }),
  'hotline.contactSave': channel<s.EmployerContactView>()({ input: s.contactSaveInput, access: HOTLINE, kind: 'write' }),
  'hotline.contactRemove': channel<null>()({ input: z.strictObject({ employerId: f.id, id: f.id }), access: HOTLINE, kind: 'write' }),

  /** Opens a new draft; the timer runs from its start instant. */
  'hotline.draftStart': channel<s.DraftView>()({ input: f.empty, access: HOTLINE, kind: 'write' }),
  'hotline.draftGet': channel<s.DraftView>()({ input: z.strictObject({ id: f.id }), access: HOTLINE, kind: 'read' }),
  'hotline.draftSave': channel<{ updatedAt: string }>()({
    input: z.strictObject({ id: f.id, data: s.draftData }),
    access: HOTLINE,
    kind: 'write',
  }),
  'hotline.draftDiscard': channel<null>()({ input: z.strictObject({ id: f.id }), access: HOTLINE, kind: 'write' }),
  /** The call screen was left: its draft is removed if nothing was typed into it. */
  'hotline.draftLeave': channel<{ removed: boolean }>()({ input: z.strictObject({ id: f.id }), access: HOTLINE, kind: 'write' }),
  /** My drafts in progress (something typed), newest first. */
  'hotline.draftsMine': channel<s.DraftView[]>()({ input: f.empty, access: HOTLINE, kind: 'read' }),
  /** Colleagues' calls in progress: who holds each draft and which employer it is about, never its content. */
  'hotline.draftsHeld': channel<s.DraftHolder[]>()({ input: f.empty, access: HOTLINE, kind: 'read' }),

  'hotline.callLog': channel<s.CallView>()({ input: s.callLogInput, access: HOTLINE, kind: 'write' }),
  'hotline.callsList': channel<s.Paged<s.CallSummary>>()({ input: s.callsListInput, access: HOTLINE, kind: 'read' }),
  'hotline.callsExport': channel<FileDownload>()({ input: listExportInput(s.callsListInput, CALL_LIST_COLUMNS), access: HOTLINE, kind: 'read' }),
  'hotline.callGet': channel<s.CallView>()({ input: z.strictObject({ id: f.id }), access: HOTLINE, kind: 'read' }),
  'hotline.callClose': channel<s.CallView>()({ input: s.callCloseInput, access: HOTLINE, kind: 'write' }),
  'hotline.followUpAdd': channel<s.CallView>()({ input: s.followUpAddInput, access: HOTLINE, kind: 'write' }),
  'hotline.supportActionAdd': channel<s.CallView>()({ input: s.supportActionAddInput, access: HOTLINE, kind: 'write' }),
  'hotline.consentRecord': channel<ConsentView>()({ input: s.consentRecordInput, access: HOTLINE, kind: 'write' }),
  /**
   * Withdraws the named-case consent and erases what it alone allowed: the employee's name and
   * contact, and mentions of the name in the call's texts; the anonymous call stays.
   */
  'hotline.consentWithdraw': channel<s.CallView>()({ input: s.consentWithdrawInput, access: HOTLINE, kind: 'write' }),
  'hotline.consents': channel<ConsentView[]>()({ input: z.strictObject({ callId: f.id }), access: HOTLINE, kind: 'read' }),
  /** Adds the employee's name and contact; refused with CONSENT_REQUIRED without consent in force. */
  'hotline.namedCase': channel<s.CallView>()({ input: s.namedCaseInput, access: HOTLINE, kind: 'write' }),

  'hotline.outreachList': channel<s.Paged<s.OutreachView>>()({ input: s.listInput, access: HOTLINE, kind: 'read' }),
  'hotline.outreachSave': channel<s.OutreachView>()({ input: s.outreachSaveInput, access: HOTLINE, kind: 'write' }),

  /** Unsuppressed counts, for the team's own checks and the council report's builder (which suppresses). */
  'hotline.indicators': channel<s.Indicators>()({ input: s.indicatorsInput, access: HOTLINE, kind: 'read' }),
  /** The indicators as the page shows them: small counts suppressed (with secondary suppression). */
  'hotline.indicatorsPublished': channel<s.IndicatorsView>()({ input: s.indicatorsInput, access: HOTLINE, kind: 'read' }),
  /** The indicators of a period as an XLSX workbook: counts only, never a name. */
  'hotline.indicatorsExport': channel<FileDownload>()({ input: s.indicatorsExportInput, access: HOTLINE, kind: 'read' }),
} as const;

/** The Arbeitgeberinfo hotline in the contract: served by the hotline team. */
export const hotlineModule = defineModuleContract({
  id: 'hotline',
  roles: ['hotline'],
  channels: hotlineChannels,
  taskKinds: FOLLOW_UP_KINDS.map((k) => `hotline.${k}` as const),
});
