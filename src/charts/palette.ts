/**
 * Region colours from the Okabe–Ito palette: told apart with the common colour-vision
 * deficiencies, and each at least 3:1 against the white chart background.
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
