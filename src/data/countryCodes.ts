/**
 * Country names as the record writes them -> ISO 3166-1 alpha-2 codes. Built from the
 * runtime's own region names (Intl.DisplayNames) rather than a table of our own, plus the
 * spellings the record uses that differ from them.
 */
const ALIASES: Record<string, string> = {
  'hong kong, china': 'HK',
  'hong kong': 'HK',
  uk: 'GB',
  'south korea': 'KR',
  korea: 'KR',
  usa: 'US',
  'united states of america': 'US',
  'viet nam': 'VN',
  turkey: 'TR',
}

// Withdrawn codes that ICU still names after today's countries (DD "Germany", VD "Vietnam").
const WITHDRAWN = new Set([
  'AN',
  'BU',
  'CS',
  'DD',
  'DY',
  'FQ',
  'FX',
  'HV',
  'JT',
  'MI',
  'NH',
  'NQ',
  'NT',
  'PC',
  'PU',
  'PZ',
  'RH',
  'SU',
  'TP',
  'VD',
  'WK',
  'YD',
  'YU',
  'ZR',
])

let byName: Map<string, string> | undefined

function names(): Map<string, string> {
  if (byName) return byName
  byName = new Map(Object.entries(ALIASES))
  const display = new Intl.DisplayNames(['en'], { type: 'region' })
  const A = 'A'.charCodeAt(0)
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j)
      if (WITHDRAWN.has(code)) continue
      const name = display.of(code)
      if (name && name !== code && !byName.has(name.toLowerCase()))
        byName.set(name.toLowerCase(), code)
    }
  }
  return byName
}

/** The ISO code for a country name, or undefined when the name is not a country's. */
export function countryCode(name: string): string | undefined {
  return names().get(name.trim().toLowerCase())
}
