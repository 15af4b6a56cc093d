import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CHART_COLOURS, contrast, textOn } from '../../../src/charts/palette'

// The backgrounds charts are drawn on, as the stylesheet sets them for each theme.
const css = readFileSync('src/app/app.css', 'utf8')
const backgrounds = [...new Set([...css.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]))]

describe('chart colours', () => {
  it('the stylesheet has a light and a dark background', () => {
    expect(backgrounds).toEqual(['#ffffff', '#15181c'])
  })

  it.each(backgrounds)('every data colour stands out at least 3:1 on %s', (background) => {
    const faint = CHART_COLOURS.filter((c) => contrast(c, background as string) < 3)
    expect(faint).toEqual([])
  })

  it('the dark theme is the same whether chosen (theme=dark) or followed from the system', () => {
    const block = (selector: string) => {
      const start = css.indexOf(selector)
      const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start))
      return Object.fromEntries(
        [...body.matchAll(/(--[\w-]+|color-scheme):\s*([^;]+);/g)].map((m) => [m[1], m[2]]),
      )
    }
    const chosen = block(':root[data-theme="dark"]')
    expect(Object.keys(chosen).length).toBeGreaterThan(10)
    expect(block(':root:not([data-theme="light"])')).toEqual(chosen)
    // Text on the accent (pressed buttons) reads at 4.5:1 in both themes.
    const light = block(':root {')
    for (const theme of [light, chosen])
      expect(
        contrast(theme['--on-accent'] as string, theme['--accent'] as string),
      ).toBeGreaterThanOrEqual(4.5)
  })

  it('labels on a coloured segment take the more readable of black and white', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21)
    expect(textOn('#0072B2')).toBe('#ffffff')
    expect(textOn('#CC79A7')).toBe('#000000')
    for (const colour of CHART_COLOURS)
      expect(contrast(textOn(colour), colour)).toBeGreaterThanOrEqual(4.5)
  })
})
