/** Value-axis settings shared by the charts: linear from zero, or log from a power of ten. */
import type { Scale } from '../view/viewState'

export function valueAxis(values: number[], scale: Scale) {
  if (scale === 'linear')
    return { scale: 'linear' as const, domain: [0, 'auto'] as [number, 'auto'] }
  const positive = values.filter((v) => v > 0)
  const min = positive.length > 0 ? Math.min(...positive) : 1
  const floor = 10 ** Math.floor(Math.log10(min))
  return {
    scale: 'log' as const,
    domain: [floor, 'auto'] as [number, 'auto'],
    allowDataOverflow: true,
  }
}

/**
 * A round axis top at or above `value`, in `ticks` even steps of 1, 2, 2.5 or 5 times a power of
 * ten: an axis held still across years ends on a round number, not on the largest total.
 */
export function niceCeiling(value: number, ticks = 4): number {
  if (value <= 0) return 0
  const raw = value / ticks
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power
  return Math.ceil(value / step) * step
}
