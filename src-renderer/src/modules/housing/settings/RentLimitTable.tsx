import { useTranslation } from 'react-i18next';
import type { RentLimit } from '../../../../../src-main/contract/housing';

interface Props {
  rows: RentLimit[];
  onChange: (rows: RentLimit[]) => void;
}

/** Benefits agencies publish limits by household size; the table grows with larger households. */
export function RentLimitTable({ rows, onChange }: Props) {
  const { t } = useTranslation();
  const patch = (index: number, p: Partial<RentLimit>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...p } : r)));
  const add = () => {
    const lastRow = rows.at(-1);
    onChange([...rows, { persons: (lastRow?.persons ?? 0) + 1, maxRentCents: lastRow?.maxRentCents ?? 40_000, maxSizeSqm: Math.min(400, (lastRow?.maxSizeSqm ?? 35) + 15) }]);
  };
  return (
    <>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('housing:settings.persons')}</th>
            <th scope="col">{t('housing:settings.maxRent')}</th>
            <th scope="col">{t('housing:settings.maxSize')}</th>
            <th scope="col">{t('housing:settings.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>
                <input type="number" className="input-short" aria-label={`${t('housing:settings.persons')} (${i + 1})`} value={r.persons} min={1} max={20} onChange={(e) => patch(i, { persons: Number(e.target.value) })} />
              </td>
              <td>
                <input
                  type="number"
                  className="input-short"
                  aria-label={`${t('housing:settings.maxRent')}: ${r.persons}`}
                  value={r.maxRentCents / 100}
                  onChange={(e) => patch(i, { maxRentCents: Math.round(Number(e.target.value) * 100) })}
                />
              </td>
              <td>
                <input type="number" className="input-short" aria-label={`${t('housing:settings.maxSize')}: ${r.persons}`} value={r.maxSizeSqm} onChange={(e) => patch(i, { maxSizeSqm: Number(e.target.value) })} />
              </td>
              <td>
                <button type="button" className="button-small" disabled={rows.length <= 1} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  {t('housing:settings.removeRentLimit', { persons: r.persons })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button-secondary" onClick={add}>
        {t('housing:settings.addRentLimit')}
      </button>
    </>
  );
}
