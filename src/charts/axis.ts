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
