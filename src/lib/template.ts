// Small text helpers shared by the server (t() in src/i18n) and the browser elements, which receive their
// strings and settings as JSON in data-* attributes. Pure.

/** Replaces "{name}" placeholders with `values`; a placeholder without a value stays as it is. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
}

/** Parses JSON text; empty, unreadable or null text gives `fallback` (the shape is the caller's to check). */
export function parseJsonOr<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return (JSON.parse(text) as T | null) ?? fallback;
  } catch {
    return fallback;
  }
}
