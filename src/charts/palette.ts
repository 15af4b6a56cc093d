/**
 * Colours from the Okabe–Ito palette, told apart with the common colour-vision deficiencies.
 * Every one is at least 3:1 against both themes' backgrounds (WCAG 1.4.11, tested): Okabe–Ito's
 * orange and sky blue are darkened for the light theme, and its black, invisible on the dark
 * one, gives way to grey and a violet.
 */
import { ownEntry } from '../lib/ownKey'

const REGION_COLOUR: Record<string, string> = {
  'southeast-asia': '#0072B2',
  europe: '#D55E00',
  'asia-pacific-other': '#009E73',
}
const OTHER = '#8E63C7'

export function regionColour(region: string): string {
  return ownEntry(REGION_COLOUR, region) ?? OTHER
}

/**
 * Each region's family: its own colour first, then hues near it, so a market reads as of its
 * region in every view and its neighbours in a stack or a trend stay apart.
 */
const FAMILY: Record<string, readonly string[]> = {
  'southeast-asia': ['#0072B2', '#2F8FCF', '#00838A', '#5A5FC8', '#3C9BB0', '#4F7CA8'],
  europe: ['#D55E00', '#B07A00', '#CC79A7', '#B4463A', '#A8608C', '#8D6A2F'],
  'asia-pacific-other': ['#009E73', '#5E8C1F', '#2C8C5A', '#1E8A8A'],
}
const OTHER_FAMILY = [OTHER, '#7A7A7A'] as const

/**
 * Markets compared side by side in the claim and the default views hold fixed places in their
 * family, so they never share a colour; any other market takes a place from its id.
 */
const PLACE: Record<string, number> = {
  singapore: 0,
  malaysia: 1,
  thailand: 2,
  indonesia: 3,
  johor: 4,
  philippines: 5,
  london: 0,
  frankfurt: 1,
  amsterdam: 2,
  paris: 3,
  dublin: 4,
  tokyo: 0,
  sydney: 1,
  mumbai: 2,
  'hong-kong': 3,
}

/**
 * A market's one colour, the same in every view, year, export and embed: keyed by its id, from
 * its region's family. Never by its position in a chart, which changes with the year.
 */
export function marketColour(market: { id: string; region: string }): string {
  const family = ownEntry(FAMILY, market.region) ?? OTHER_FAMILY
  const place = ownEntry(PLACE, market.id) ?? hash(market.id)
  return family[place % family.length] as string
}

/** A group's colour: its region's when all its members share one, else a colour of no region. */
export function groupColour(regions: readonly string[]): string {
  const [first] = regions
  return first !== undefined && regions.every((r) => r === first) ? regionColour(first) : OTHER
}

function hash(text: string): number {
  let h = 0
  for (const c of text) h = (h * 31 + (c.codePointAt(0) ?? 0)) >>> 0
  return h
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
    ...Object.values(FAMILY).flat(),
    ...OTHER_FAMILY,
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
