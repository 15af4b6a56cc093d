import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { themeStylesheet } from '../../../src/app/themeColours'
import {
  CHART_COLOURS,
  contrast,
  groupColour,
  marketColour,
  regionColour,
  textOn,
} from '../../../src/charts/palette'
import { bundledDatasets } from '../../helpers/bundledData'

// The themes' colours as the stylesheet gets them: the blocks the build writes from the table.
const stylesheet = themeStylesheet()
const blockOf = (selector: string) => {
  const start = stylesheet.indexOf(`${selector} {`)
  const body = stylesheet.slice(stylesheet.indexOf('{', start) + 1, stylesheet.indexOf('}', start))
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+|color-scheme):\s*([^;]+);/g)].map((m) => [m[1], m[2]]),
  ) as Record<string, string>
}
const themes = { light: blockOf(':root'), dark: blockOf(':root[data-theme="dark"]') }
const backgrounds = [themes.light['--bg'], themes.dark['--bg']]

describe('chart colours', () => {
  it('the stylesheet has a light and a dark background', () => {
    expect(backgrounds).toEqual(['#ffffff', '#15181c'])
  })

  it.each(backgrounds)('every data colour stands out at least 3:1 on %s', (background) => {
    const faint = CHART_COLOURS.filter((c) => contrast(c, background as string) < 3)
    expect(faint).toEqual([])
  })

  it('gives the dark theme the same colours whether chosen (theme=dark) or the system’s', () => {
    expect(Object.keys(themes.dark).length).toBeGreaterThan(10)
    expect(themes.dark['color-scheme']).toBe('dark')
    expect(blockOf(':root:not([data-theme="light"])')).toEqual(themes.dark)
    expect(stylesheet).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*:root:not/)
    // The app's own stylesheet sets no theme colour: the table is the one source.
    expect(readFileSync('src/app/app.css', 'utf8')).not.toMatch(/--(bg|text|accent|map-1):/)
  })

  it.each(['light', 'dark'] as const)(
    'text on the accent (pressed buttons) reads at 4.5:1 in %s',
    (theme) => {
      const colours = themes[theme]
      expect(
        contrast(colours['--on-accent'] as string, colours['--accent'] as string),
      ).toBeGreaterThanOrEqual(4.5)
    },
  )

  it.each(['light', 'dark'] as const)(
    'the map’s four country shades each stand out at least 3:1 on the %s background',
    (theme) => {
      const colours = themes[theme]
      const shades = [1, 2, 3, 4].map((i) => colours[`--map-${i}`] as string)
      expect(shades.every(Boolean)).toBe(true)
      expect(shades.filter((c) => contrast(c, colours['--bg'] as string) < 3)).toEqual([])
    },
  )

  it('labels on a coloured segment take the more readable of black and white', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21)
    expect(textOn('#0072B2')).toBe('#ffffff')
    expect(textOn('#CC79A7')).toBe('#000000')
    for (const colour of CHART_COLOURS)
      expect(contrast(textOn(colour), colour)).toBeGreaterThanOrEqual(4.5)
  })
})

describe('a market’s colour', () => {
  const markets = bundledDatasets().flatMap((d) => d.markets)
  const colourOf = (id: string) => {
    const market = markets.find((m) => m.id === id)
    if (!market) throw new Error(`no market ${id}`)
    return marketColour(market)
  }

  it('is one of the chart colours that pass 3:1 on both themes, for every shipped market', () => {
    expect(markets.length).toBeGreaterThan(40)
    for (const market of markets) expect(CHART_COLOURS).toContain(marketColour(market))
  })

  it('tells the claim’s six markets apart', () => {
    const six = ['singapore', 'malaysia', 'thailand', 'indonesia', 'london', 'frankfurt']
    expect(new Set(six.map(colourOf)).size).toBe(6)
  })

  it('keeps each region’s markets in its own family: no colour is shared across regions', () => {
    const regionsOfColour = new Map<string, Set<string>>()
    for (const m of markets) {
      const colour = marketColour(m)
      regionsOfColour.set(colour, (regionsOfColour.get(colour) ?? new Set()).add(m.region))
    }
    const shared = [...regionsOfColour].filter(([, regions]) => regions.size > 1)
    expect(shared).toEqual([])
    // The region's own colour (ranking, map, sources) is its family's first.
    expect(colourOf('singapore')).toBe(regionColour('southeast-asia'))
    expect(colourOf('london')).toBe(regionColour('europe'))
  })

  it('depends on the market alone, not on what else is drawn', () => {
    const london = markets.find((m) => m.id === 'london')
    expect(london).toBeDefined()
    expect(marketColour({ id: 'london', region: 'europe' })).toBe(colourOf('london'))
    expect(marketColour({ id: 'nowhere-city', region: 'europe' })).toBe(
      marketColour({ id: 'nowhere-city', region: 'europe' }),
    )
  })

  it('gives a group its region’s colour, and a group across regions one of no region', () => {
    expect(groupColour(['southeast-asia', 'southeast-asia'])).toBe(regionColour('southeast-asia'))
    const mixed = groupColour(['southeast-asia', 'europe'])
    expect([regionColour('southeast-asia'), regionColour('europe')]).not.toContain(mixed)
    expect(CHART_COLOURS).toContain(mixed)
  })
})
