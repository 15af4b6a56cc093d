/**
 * Recharts is built with a d3-scale holding only the scales our axes ask for
 * (scripts/vite/onlyDrawnScales.ts): a value scale a reader can pick in the URL that is missing
 * there would draw a chart without its axis.
 */
import * as d3Scale from 'd3-scale'
import { describe, expect, it } from 'vitest'
import { DRAWN_SCALES, onlyDrawnScales } from '../../../scripts/vite/onlyDrawnScales'
import { SCALES } from '../../../src/view/viewState'

// Recharts' name for a scale type (combineRealScaleType): 'log' is d3's scaleLog.
const d3Name = (type: string) => `scale${type.charAt(0).toUpperCase()}${type.slice(1)}`

describe('the scales Recharts is built with', () => {
  it("hold every value scale the URL's `scale` names, and the category scales of bars and lines", () => {
    for (const type of [...SCALES, 'band', 'point']) expect(DRAWN_SCALES).toContain(d3Name(type))
  })

  it('are d3-scale functions that make a scale', () => {
    for (const name of DRAWN_SCALES) {
      const make = (d3Scale as Record<string, unknown>)[name]
      expect(typeof make).toBe('function')
      expect(typeof (make as () => { domain: unknown })().domain).toBe('function')
    }
  })

  it('replace the whole of d3-scale for Recharts only where it imports it', () => {
    const plugin = onlyDrawnScales()
    const resolve = plugin.resolveId as (source: string) => string | undefined
    const load = plugin.load as (id: string) => string | undefined
    const id = resolve('victory-vendor/d3-scale')
    expect(id).toBeTruthy()
    expect(resolve('d3-scale')).toBeUndefined()
    expect(load(id as string)).toContain("from 'd3-scale'")
    expect(load(id as string)).not.toContain('scaleTime')
  })
})
