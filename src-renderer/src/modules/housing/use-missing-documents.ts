import { useEffect, useState } from 'react';
import type { DocumentView } from '../../../../src-main/contract/housing';
import { api } from '../../api/transport';

/**
 * The case's checklist items not at hand (not received, or received but expired), loaded when
 * asked for: the move dialog shows them before a case goes to "documents complete". Null until
 * loaded or when not asked.
 */
export function useMissingDocuments(caseId: number | null, wanted: boolean): DocumentView[] | null {
  const [missing, setMissing] = useState<DocumentView[] | null>(null);
  useEffect(() => {
    setMissing(null);
    if (caseId === null || !wanted) return;
    let current = true;
    void api.housing.caseGet({ id: caseId }).then((r) => {
      if (current && r.ok) setMissing(r.value.documents.filter((d) => d.status !== 'received' || d.flag === 'expired'));
    });
    return () => {
      current = false;
    };
  }, [caseId, wanted]);
  return missing;
}
