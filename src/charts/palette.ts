/**
 * Colours from the Okabe–Ito palette, told apart with the common colour-vision deficiencies.
 * Every one is at least 3:1 against both themes' backgrounds (WCAG 1.4.11, tested): Okabe–Ito's
 * orange and sky blue are darkened for the light theme, and its black, invisible on the dark
 * one, gives way to grey and a violet.
 */
const REGION_COLOUR: Record<string, string> = {
  'southeast-asia': '#0072B2',
  europe: '#D55E00',
  'asia-pacific-other': '#009E73',
}
const OTHER = '#CC79A7'

export function regionColour(region: string): string {
  return REGION_COLOUR[region] ?? OTHER
}

/** For series that are not regions (stack segments, lines): distinct hues, then dashes take over. */
export const SERIES_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#B07A00',
  '#2F8FCF',
  '#8E63C7',
  '#7A7A7A',
] as const

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] as string
}

/** Pipeline stages, from built to planned: dark to light. */
export const STAGE_COLOUR = {
  operational: '#0072B2',
  under_construction: '#2F8FCF',
  planned: '#B07A00',
} as const

/** Every colour a chart draws data in. */
export const CHART_COLOURS: readonly string[] = [
  ...new Set([
    ...Object.values(REGION_COLOUR),
    OTHER,
    ...SERIES_COLOURS,
    ...Object.values(STAGE_COLOUR),
  ]),
]

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(colour: string): number {
  const hex = colour.replace('#', '')
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (high + 0.05) / (low + 0.05)
}

/** Black or white, whichever reads better on `background`. */
export function textOn(background: string): string {
  return contrast(background, '#000000') >= contrast(background, '#ffffff') ? '#000000' : '#ffffff'
}
