/** Value-axis settings shared by the charts: linear from zero, or log from a power of ten. */
import type { Scale } from '../view/viewState'
import { PlainTick } from './PlainTick'

export function valueAxis(values: number[], scale: Scale) {
  if (scale === 'linear') {
    const ticks = niceTicks(Math.max(0, ...values))
    return {
      scale: 'linear' as const,
      domain: [0, ticks.at(-1) ?? 0] as [number, number],
      ticks,
      // Every tick shown: four or five round steps never crowd. Left to Recharts ('preserveEnd'),
      // each label was measured in the page, a layout each, in the commit of every first chart.
      interval: 0 as const,
      tick: PlainTick,
    }
  }
  const positive = values.filter((v) => v > 0)
  const min = positive.length > 0 ? Math.min(...positive) : 1
  const floor = 10 ** Math.floor(Math.log10(min))
  return {
    scale: 'log' as const,
    domain: [floor, 'auto'] as [number, 'auto'],
    allowDataOverflow: true,
    tick: PlainTick,
  }
}

/** The smallest step of 1, 2, 2.5 or 5 times a power of ten at or above `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw))
  return ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw - 1e-12) ?? 10) * power
}

/**
 * Ticks from zero to a round top at or above `max`, about `count` even steps of 1, 2, 2.5 or 5
 * times a power of ten (0, 500, 1,000, 1,500; never steps of 350 or 750).
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1]
  const step = niceStep(max / count)
  const steps = Math.ceil(max / step - 1e-9)
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)))
}

/** Room a year's label takes on a category axis at 12 px, with the gap before the next. */
const YEAR_LABEL_PX = 40

/**
 * The years to label on an axis `width` px wide: every year if they fit, else every k-th counted
 * back from the latest (always named, as Recharts' 'preserveEnd' would), with none measured in
 * the page: Recharts measured each label with a layout of its own in the first chart's commit.
 */
export function yearTicks(years: readonly number[], width: number): number[] {
  const fit = Math.max(1, Math.floor(width / YEAR_LABEL_PX))
  const step = Math.max(1, Math.ceil(years.length / fit))
  return years.filter((_, i) => (years.length - 1 - i) % step === 0)
}
