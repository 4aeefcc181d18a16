import { createContext, useContext } from 'react';
import type { PageParams } from '../modules/module-ui';
import type { PageId } from './pages';

export type Navigate = (page: PageId, params?: PageParams) => void;

export const NavigationContext = createContext<Navigate | null>(null);

/** Opens another page of the app (e.g. a record's detail page from a list or a task). */
export function useNavigate(): Navigate {
  const navigate = useContext(NavigationContext);
  if (!navigate) throw new Error('useNavigate outside the app frame');
  return navigate;
}
