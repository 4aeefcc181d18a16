import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorValue } from '../../../../src-main/contract';
import type { DraftData } from '../../../../src-main/contract/hotline';
import { api } from '../../api/transport';

const DEBOUNCE_MS = 800;

/**
 * Saves the call being typed into the encrypted database: 800 ms after the last change, on
 * leaving a field, and when the screen closes. Saves run one after another so an older state
 * never overwrites a newer one.
 */
export function useDraftAutosave(draftId: number | null) {
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const pending = useRef<DraftData | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const idRef = useRef(draftId);
  idRef.current = draftId;

  /** Saves what is pending now; `into` names the draft when the screen was left before it existed. */
  const flush = useCallback((into?: number): Promise<void> => {
    window.clearTimeout(timer.current);
    const data = pending.current;
    const id = into ?? idRef.current;
    if (data && id !== null) {
      pending.current = null;
      chain.current = chain.current.then(async () => {
        const result = await api.hotline.draftSave({ id, data });
        if (result.ok) {
          setSavedAt(result.value.updatedAt);
          setError(null);
        } else {
          setError(result.error);
        }
      });
    }
    return chain.current;
  }, []);

  const schedule = useCallback(
    (data: DraftData) => {
      pending.current = data;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  /** Forget unsaved changes (the call is being logged or discarded) and wait for saves in flight. */
  const settle = useCallback(async () => {
    window.clearTimeout(timer.current);
    pending.current = null;
    await chain.current;
  }, []);

  // Leaving the screen (another page, the shortcut, a lock) saves what was typed.
  useEffect(() => () => void flush(), [flush]);

  return { schedule, flush, settle, savedAt, error };
}
