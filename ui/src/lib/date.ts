// The birth date is asked as three boxes (day, month, year), the pattern
// NL Design System and GOV.UK recommend for dates people know by heart. The
// core validates; here we only join and split.

export type DateParts = { day: string; month: string; year: string };

/** `YYYY-MM-DD` from the boxes, or `''` when all are empty. Whatever is typed
 *  is passed on as is, so the core can say precisely what is wrong. */
export function joinDate({ day, month, year }: DateParts): string {
  const d = day.trim();
  const m = month.trim();
  const y = year.trim();
  if (!d && !m && !y) return '';
  const pad = (s: string, n: number) => (/^\d+$/.test(s) ? s.padStart(n, '0') : s);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function splitDate(iso: string | null | undefined): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return { day: '', month: '', year: '' };
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] ?? '' };
}
