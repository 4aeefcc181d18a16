import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { DayPicker, type Numerals } from 'react-day-picker';
import { ar, de, enGB, faIR, ru, tr, uk } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import { format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { formatDateInput, parseDateInput } from '../../i18n/date-input';
import { numberingSystem } from '../../i18n/digits';
import type { ControlProps } from './Field';

/** react-day-picker's locales carry date-fns' names plus the calendar's own aria labels. */
const CALENDAR_LOCALES = { de, en: enGB, ar, tr, uk, ru, fa: faIR } as const;

const NUMERALS: Partial<Record<string, Numerals>> = { arab: 'arab', arabext: 'arabext' };

export interface DateInputProps extends Partial<ControlProps> {
  /** ISO `yyyy-MM-dd`, '' when empty; while a typed text is not a date, that text (the form's schema refuses it). */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  'aria-label'?: string;
  disabled?: boolean;
  /** ISO bounds for the calendar (typed dates are checked by the form's schema). */
  min?: string;
  max?: string;
}

/**
 * A date typed as the user's language writes it (24.11.2026, ۲۰۲۶/۱۱/۲۴) or picked from a calendar
 * opened with the button or Alt+ArrowDown; the form sees ISO. A text input rather than
 * `<input type="date">`, whose format follows the browser and not the user's language.
 */
export function DateInput({ value, onChange, onBlur, min, max, ...control }: DateInputProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? 'de';
  const [text, setText] = useState(() => formatDateInput(value, lng));
  const [open, setOpen] = useState(false);
  const emitted = useRef(value);
  const shownIn = useRef(lng);
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const calendarId = useId();

  // A value set from outside (reset, a loaded record) or a language switch is shown afresh.
  useEffect(() => {
    if (value === emitted.current && lng === shownIn.current) return;
    emitted.current = value;
    shownIn.current = lng;
    setText(formatDateInput(value, lng));
  }, [value, lng]);

  const emit = (next: string) => {
    emitted.current = next;
    onChange(next);
  };
  const typed = (raw: string) => {
    setText(raw);
    emit(raw.trim() === '' ? '' : (parseDateInput(raw, lng) ?? raw));
  };
  const close = (focus: 'input' | 'toggle' | null) => {
    setOpen(false);
    (focus === 'input' ? input : focus === 'toggle' ? toggle : null)?.current?.focus();
  };
  const onInputKey = (event: KeyboardEvent) => {
    if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
    }
  };

  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
  const selected = iso ? parseISO(iso) : undefined;
  const bounds = [...(min ? [{ before: parseISO(min) }] : []), ...(max ? [{ after: parseISO(max) }] : [])];
  return (
    <span className="date-input">
      <input
        {...control}
        ref={input}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        placeholder={formatDateInput('2026-11-24', lng)}
        onChange={(e) => typed(e.target.value)}
        onBlur={() => {
          if (iso) setText(formatDateInput(iso, lng));
          onBlur?.();
        }}
        onKeyDown={onInputKey}
      />
      <button
        ref={toggle}
        type="button"
        className="date-input-toggle"
        aria-label={control['aria-label'] ? `${t('common:date.openCalendar')}: ${control['aria-label']}` : t('common:date.openCalendar')}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? calendarId : undefined}
        disabled={control.disabled}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">▦</span>
      </button>
      {open ? (
        <div
          ref={popup}
          id={calendarId}
          className="date-input-popup"
          role="dialog"
          aria-label={t('common:date.calendar')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              e.preventDefault();
              close('toggle');
            }
          }}
          onBlur={(e) => {
            if (!popup.current?.contains(e.relatedTarget as Node | null) && e.relatedTarget !== toggle.current) close(null);
          }}
        >
          <DayPicker
            mode="single"
            autoFocus
            locale={CALENDAR_LOCALES[lng as keyof typeof CALENDAR_LOCALES] ?? de}
            dir={i18n.dir(lng)}
            numerals={NUMERALS[numberingSystem(lng)] ?? 'latn'}
            captionLayout="dropdown"
            startMonth={new Date(1920, 0)}
            endMonth={new Date(2100, 11)}
            {...(selected ? { selected, defaultMonth: selected } : {})}
            {...(bounds.length ? { disabled: bounds } : {})}
            onSelect={(date) => {
              if (!date) return;
              const next = format(date, 'yyyy-MM-dd');
              setText(formatDateInput(next, lng));
              emit(next);
              close('input');
            }}
          />
        </div>
      ) : null}
    </span>
  );
}
