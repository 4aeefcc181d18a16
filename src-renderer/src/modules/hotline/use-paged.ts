import { useEffect, useState } from 'react';
import type { ErrorValue, Result } from '../../../../src-main/contract';
import type { Paged } from '../../../../src-main/contract/hotline';

/** Loads one page of a server-side list whenever the query or the page changes. */
export function usePaged<T>(load: (query: string, page: number) => Promise<Result<Paged<T>>>, deps: unknown[] = []) {
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Paged<T> | null>(null);
  const [error, setError] = useState<ErrorValue | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      void load(query, page).then((result) => {
        if (!current) return;
        if (result.ok) {
          setData(result.value);
          setError(null);
        } else {
          setError(result.error);
        }
      });
    }, 150);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // `load` is re-created by callers on each render; the listed inputs decide when to reload.
  }, [query, page, version, ...deps]);
  return {
    query,
    setQuery: (q: string) => {
      setQuery(q);
      setPage(1);
    },
    page,
    setPage,
    data,
    error,
    reload: () => setVersion((v) => v + 1),
  };
}
