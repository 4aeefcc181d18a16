/*
 * Persian writes its own digits (۰–۹) where Intl's numbering system for the language says so;
 * date-fns writes Latin digits in every locale, so dates are passed through here to read as the
 * user's numbers do. Arabic in Germany keeps Latin digits (Intl's default for `ar`).
 */

/** Digit sets a UI language may write with, by Intl numbering system. */
const DIGITS: Partial<Record<string, string>> = { arab: '٠١٢٣٤٥٦٧٨٩', arabext: '۰۱۲۳۴۵۶۷۸۹' };

/** The numbering system Intl uses for a language (`latn`, `arab`, `arabext`). */
export function numberingSystem(lng: string): string {
  return new Intl.NumberFormat(lng).resolvedOptions().numberingSystem;
}

/** Writes Latin digits in the language's own digits (Persian ۰–۹ for fa). */
export function localizeDigits(text: string, lng: string): string {
  const digits = DIGITS[numberingSystem(lng)];
  return digits ? text.replace(/[0-9]/g, (d) => digits[Number(d)]!) : text;
}

/** Arabic-Indic and Persian digits back to Latin ones, so either may be typed in any language. */
export function latinDigits(text: string): string {
  return text.replace(/[٠-٩۰-۹]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}
