import { useEffect, useState } from 'react';
import { LANGUAGES } from '../../../../src-main/contract';
import { api } from '../../api/transport';

export interface PoolLanguage {
  code: string;
  /** Set for the pool's own extra languages: the name the admin gave it. */
  name?: string;
}

const REGISTRY: PoolLanguage[] = LANGUAGES.map((l) => ({ code: l.code }));

/**
 * The languages the pool books: the registry's plus the extra languages and dialects an admin added
 * in the pool's settings (no release needed). Until the settings have loaded, the registry's.
 */
export function usePoolLanguages(): PoolLanguage[] {
  const [languages, setLanguages] = useState<PoolLanguage[]>(REGISTRY);
  useEffect(() => {
    let live = true;
    void api.pool.settingsGet({}).then((r) => {
      if (!live || !r.ok) return;
      const known = new Set(REGISTRY.map((l) => l.code));
      setLanguages([...REGISTRY, ...r.value.extraLanguages.filter((l) => !known.has(l.code))]);
    });
    return () => {
      live = false;
    };
  }, []);
  return languages;
}

/** The options of a picker, keeping a stored value that is no longer offered (so an edit never loses it). */
export function withCurrent(languages: PoolLanguage[], current: string | undefined): PoolLanguage[] {
  return current && !languages.some((l) => l.code === current) ? [...languages, { code: current }] : languages;
}
