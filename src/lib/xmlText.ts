/**
 * Text that XML can hold. XML 1.0 forbids the C0 controls but tab, newline and return, U+FFFE,
 * U+FFFF and half characters: a market named `Se<NUL>oul` made the SVG export invalid XML and
 * the PNG drawn from it fail. Imports drop them (xmlSafeData), every export drops them again.
 */
import { LONE_SURROGATE } from './wholeText'

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** The controls dropped, a half character replaced by U+FFFD. */
export const xmlSafe = (text: string): string =>
  text.replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD')

/** Every string in plain data (parsed JSON, a spec of an export) made xmlSafe. */
export function xmlSafeData<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T
  if (Array.isArray(value)) return value.map(xmlSafeData) as T
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  )
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [xmlSafe(key), xmlSafeData(inner)]),
    ) as T
  return value
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text for an XML element or attribute: safe, and its markup characters escaped. */
export const escapeXml = (text: string): string =>
  xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c] as string)
