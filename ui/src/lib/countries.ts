// Countries for the "where do you live" picker, sorted by their name in the
// reader's language. Names are Fluent messages `country-XX`.

export type CountryOption = { code: string; name: string };

export function countryOptions(
  codes: readonly string[],
  nameOf: (code: string) => string,
  lang: string,
  exclude: readonly string[] = [],
): CountryOption[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return codes
    .filter((c) => !exclude.includes(c))
    .map((code) => ({ code, name: nameOf(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
