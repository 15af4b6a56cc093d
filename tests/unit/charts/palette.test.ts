import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { themeStylesheet } from '../../../src/app/themeColours'
import { CHART_COLOURS, contrast, textOn } from '../../../src/charts/palette'

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
