// Small text helpers shared by the server (t() in src/i18n) and the browser elements, which receive their
// strings and settings as JSON in data-* attributes. Pure.

/** Replaces "{name}" placeholders with `values`; a placeholder without a value stays as it is. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  // Most strings have no placeholder; the build fills tens of thousands of them per 1,000 lessons.
  if (!template.includes('{')) return template;
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

/**
 * A table of UI strings from a data-strings attribute's JSON: every key reads as its string, a key the page
 * did not send (a stale cached page, a typo the type check missed) reads as "" so an element never throws
 * or shows "undefined".
 */
export function stringTable<T extends Readonly<Record<string, string>>>(text: string | null | undefined): T {
  return stringTableOf<T>(parseJsonOr<unknown>(text, {}));
}

/** The same table from a value already parsed (a fetched file's group); anything but an object gives an empty one. */
export function stringTableOf<T extends Readonly<Record<string, string>>>(parsed: unknown): T {
  const source: Record<string, unknown> = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  const table: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) if (typeof value === 'string') table[key] = value;
  return new Proxy(table, {
    get: (target, key) => (typeof key === 'string' && Object.hasOwn(target, key) ? target[key] : ''),
  }) as unknown as T;
}
