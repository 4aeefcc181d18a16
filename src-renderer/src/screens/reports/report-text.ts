import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report, ReportCell, ReportLabel, ReportUnit } from '../../../../src-main/contract';
import { reportTableKey } from '../../../../src-main/contract/reports';
import { formatLocalDate } from '../../i18n/date-locale';

/** The words and number formats of a report in the UI language; the screen, the chart and the workbook use the same. */
export function useReportText() {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';

  const label = useCallback(
    (l: ReportLabel): string => {
      if ('key' in l) return t(l.key);
      if ('text' in l) return l.text[lng]?.trim() || l.text.de || '';
      let name = l.language;
      try {
        name = new Intl.DisplayNames([lng], { type: 'language' }).of(l.language) ?? l.language;
      } catch {
        // An unusual code is shown as typed.
      }
      if (l.dialect === undefined) return name;
      return l.dialect === '' ? t('reports:noDialect', { language: name }) : `${name} – ${l.dialect}`;
    },
    [t, lng],
  );

  const number = useCallback(
    (value: number, unit: ReportUnit): string => {
      if (unit === 'percent') return new Intl.NumberFormat(lng, { style: 'percent' }).format(value / 100);
      const digits = unit === 'count' ? 0 : 1;
      return new Intl.NumberFormat(lng, { maximumFractionDigits: digits }).format(value);
    },
    [lng],
  );

  const cell = useCallback(
    (c: ReportCell, unit: ReportUnit, threshold: number): string => {
      switch (c.mark) {
        case 'shown':
          return number(c.value ?? 0, unit);
        case 'small':
          return t('reports:mark.small', { threshold });
        case 'hidden':
          return t('reports:mark.hidden');
        case 'fewCases':
          return t('reports:mark.fewCases', { threshold });
        case 'none':
          return t('reports:mark.none');
      }
    },
    [t, number],
  );

  const span = useCallback((p: { from: string; to: string }) => `${formatLocalDate(p.from, lng)} – ${formatLocalDate(p.to, lng)}`, [lng]);

  /** Everything the workbook names, keyed as contract/reports.ts describes, in the UI language. */
  const exportTexts = useCallback(
    (report: Report, moduleName: string): Record<string, string> => {
      const texts: Record<string, string> = {
        title: t('reports:title', { module: moduleName }),
        sheetSummary: t('reports:sheetSummary'),
        current: t('reports:column.current'),
        previous: t('reports:column.previous'),
        total: t('reports:total'),
        small: t('reports:mark.small', { threshold: report.threshold }),
        hidden: t('reports:mark.hidden'),
        fewCases: t('reports:mark.fewCases', { threshold: report.threshold }),
        none: t('reports:mark.none'),
        suppressionNote: t('reports:suppressionNote', { threshold: report.threshold }),
      };
      for (const table of report.tables) {
        texts[`table.${table.id}`] = t(reportTableKey(table.id)).slice(0, 300);
        for (const row of table.rows) texts[`row.${table.id}.${row.key}`.slice(0, 120)] = label(row.label).slice(0, 300);
      }
      return texts;
    },
    [t, label],
  );

  return { label, cell, span, exportTexts, lng };
}
