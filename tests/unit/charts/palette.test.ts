import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CHART_COLOURS, contrast, textOn } from '../../../src/charts/palette'

// The theme's colours as the stylesheet writes them: `--name: light-dark(<light>, <dark>)`, or
// one value for both themes.
const css = readFileSync('src/app/app.css', 'utf8')
const declarations = [...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].filter(([, name]) =>
  /^--(bg|surface|text|muted|border|grid|axis|hover|accent|error-|notice-|focus|on-accent|land|map-)/.test(
    name as string,
  ),
)
const themes = (() => {
  const light: Record<string, string> = {}
  const dark: Record<string, string> = {}
  for (const [, name, value] of declarations) {
    const pair = /^light-dark\((.+?),\s*(#[0-9a-f]{6}|rgba?\([^)]*\))\)$/i.exec(value as string)
    light[name as string] = pair ? (pair[1] as string) : (value as string)
    dark[name as string] = pair ? (pair[2] as string) : (value as string)
  }
  return { light, dark }
})()
const backgrounds = [themes.light['--bg'], themes.dark['--bg']]

describe('chart colours', () => {
  it('the stylesheet has a light and a dark background', () => {
    expect(backgrounds).toEqual(['#ffffff', '#15181c'])
  })

  it.each(backgrounds)('every data colour stands out at least 3:1 on %s', (background) => {
    const faint = CHART_COLOURS.filter((c) => contrast(c, background as string) < 3)
    expect(faint).toEqual([])
  })

  it('writes each theme colour once, both themes side by side', () => {
    const names = declarations.map(([, name]) => name)
    expect(names.length).toBeGreaterThan(10)
    expect(names).toEqual([...new Set(names)])
    // No colours in a theme block or a media query: data-theme and the system only pick the scheme.
    expect(css).not.toMatch(/@media[^{]*prefers-color-scheme/)
    expect(css).toMatch(/:root\[data-theme="dark"\]\s*\{\s*color-scheme: dark;\s*\}/)
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
