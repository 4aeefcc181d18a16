/** "A, B and C" in the UI language. */
export function formatList(items: string[], lng: string): string {
  return new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' }).format(items);
}
