import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ReportTable } from '../../../../src-main/contract';
import { useReportText } from './report-text';

/**
 * A breakdown as horizontal bars, this period beside the one before (Recharts: SVG, so it prints
 * sharp and scales; its accessibility layer makes the bars reachable by keyboard). Suppressed
 * cells draw no bar. The numbers themselves are in the table beside the chart, which screen
 * readers are pointed to; in right-to-left languages the axes are mirrored.
 */
export function ReportChart({ table, headingId, threshold }: { table: ReportTable; headingId: string; threshold: number }) {
  const { t, i18n } = useTranslation();
  const { label, cell } = useReportText();
  const noteId = useId();
  const rtl = i18n.dir(i18n.resolvedLanguage) === 'rtl';
  const data = table.rows.map((r) => ({
    name: label(r.label),
    current: r.current.mark === 'shown' ? r.current.value : null,
    previous: r.previous.mark === 'shown' ? r.previous.value : null,
    currentText: cell(r.current, r.unit, threshold),
  }));
  const height = 48 + data.length * 34;
  return (
    <figure className="report-chart" aria-labelledby={headingId} aria-describedby={noteId}>
      <figcaption id={noteId} className="visually-hidden">
        {t('reports:chartNote')}
      </figcaption>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 16 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} reversed={rtl} />
          <YAxis type="category" dataKey="name" width={170} orientation={rtl ? 'right' : 'left'} />
          <Legend />
          <Bar dataKey="current" name={t('reports:column.current')} fill="var(--chart-current)" isAnimationActive={false} />
          <Bar dataKey="previous" name={t('reports:column.previous')} fill="var(--chart-previous)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
