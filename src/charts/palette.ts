/**
 * Colours from the Okabe–Ito palette: told apart with the common colour-vision deficiencies.
 * Region colours are each at least 3:1 against the white chart background.
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
  '#E69F00',
  '#56B4E9',
  '#8A6D00',
  '#000000',
] as const

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] as string
}

/** Pipeline stages, from built to planned: dark to light. */
export const STAGE_COLOUR = {
  operational: '#0072B2',
  under_construction: '#56B4E9',
  planned: '#E69F00',
} as const

/** Black or white, whichever reads better on `background` (WCAG relative luminance). */
export function textOn(background: string): string {
  const hex = background.replace('#', '')
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05): they cross near 0.179.
  return luminance > 0.179 ? '#000000' : '#ffffff'
}
