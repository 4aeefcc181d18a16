import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import type { ModuleId } from '../../../src-main/contract';

/** Parameters a page is opened with, e.g. `{ id: 12 }` for a record's detail page. */
export type PageParams = Readonly<Record<string, string | number>>;

export interface ModulePage {
  /** Unique within the module; the app frame routes to `<module>.<id>`. */
  id: string;
  /** i18n key of its navigation label and heading, e.g. `pool:nav.interpreters`. */
  labelKey: string;
  /** Shown in the navigation (false for detail pages opened from a list). */
  inNavigation: boolean;
  /** Boards and wide tables take the whole window width instead of the reading width of a form page. */
  fullWidth?: boolean;
  Component: ComponentType<{ params: PageParams }>;
}

/** A keyboard shortcut that works on every screen of the signed-in app. */
export interface ModuleShortcut {
  /** `KeyboardEvent.key`, e.g. `F2` or `n`. */
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  shiftKey?: boolean;
  /** How it is written in the UI, e.g. `F2` (not translated). */
  display: string;
  /** i18n key describing what it does. */
  labelKey: string;
  page: string;
  params?: PageParams;
}

/** What a module adds to the app frame. Each module's index.tsx exports one. */
export interface ModuleUi<Id extends ModuleId = ModuleId> {
  id: Id;
  pages: ModulePage[];
  shortcuts?: ModuleShortcut[];
  /** Where a task's subject opens (tasks on the start page link to it). */
  openSubject?: (subject: { type: string; id: number }) => { page: string; params: PageParams } | null;
  /**
   * A task's title in the user's language, for kinds whose stored title is data (a document's
   * kind, a date); without it, or when it returns null, the stored title is shown.
   */
  taskTitle?: (task: { kind: string; title: string }, t: TFunction, lng: string) => string | null;
  /** A panel on the start page (e.g. today's assignments, calls to return). */
  StartPanel?: ComponentType;
  /**
   * The module's settings for admins (taxonomies, stage paths, fee rules): listed under
   * "Administration" for every admin while the module is switched on, whatever their other roles.
   * Their channels must allow the `admin` role.
   */
  adminPages?: ModulePage[];
}
