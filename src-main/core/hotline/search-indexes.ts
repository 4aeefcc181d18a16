import type { TrigramIndex } from '../db/text-search';

/** Search-as-you-type in the call list looks for the caller's name and the employer's name. */
export const CALLER_NAME_INDEX: TrigramIndex = { name: 'hotline_call_caller_search', table: 'hotline_call', column: 'caller_name' };
export const EMPLOYER_NAME_INDEX: TrigramIndex = { name: 'hotline_employer_name_search', table: 'hotline_employer', column: 'name_search' };
