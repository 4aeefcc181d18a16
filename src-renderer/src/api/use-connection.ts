import { useEffect, useState } from 'react';
import type { ConnectionStatus } from '../../../src-main/contract';
import { api } from './transport';

/** Where the data lives (a folder here, or a team server); only the desktop app can change it. */
export function useConnection(): ConnectionStatus | null {
  const [status, setStatus] = useState<ConnectionStatus | null>(null);
  useEffect(() => {
    let live = true;
    void api.connection.status({}).then((r) => {
      if (live && r.ok) setStatus(r.value);
    });
    return () => {
      live = false;
    };
  }, []);
  return status;
}
