// Small pure helpers for the documents page.

/** Tags as typed: separated by commas, trimmed, empty ones dropped. */
export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export type ExpiryState = 'valid' | 'soon' | 'expired';

/** Expired, expiring within about six months, or valid (ISO dates compare as text). */
export function expiryState(expires: string | null, today: string): ExpiryState {
  if (!expires) return 'valid';
  if (expires < today) return 'expired';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCMonth(soon.getUTCMonth() + 6);
  return expires <= soon.toISOString().slice(0, 10) ? 'soon' : 'valid';
}
