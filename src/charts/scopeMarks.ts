/**
 * A mark per scope, so figures that count different things are told apart by shape, not colour
 * alone: the sources view's marks, its legend and the exports' legend draw the same shapes.
 */
import type { Scope } from '../data/schema'

const SHAPE: Record<Scope, 'circle' | 'square' | 'diamond' | 'triangle' | 'cross'> = {
  colocation: 'circle',
  colocation_and_hyperscale: 'square',
  all_data_centres: 'diamond',
  hyperscale_only: 'triangle',
  not_stated: 'cross',
}

/** The outline of a scope's mark centred on (x, y), `r` its half-size, as an SVG path. */
export function scopeMarkPath(scope: Scope, x: number, y: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(2))
  switch (SHAPE[scope]) {
    case 'circle':
      return `M${f(x - r)},${f(y)} a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0 a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0 Z`
    case 'square': {
      const s = r * 0.88
      return `M${f(x - s)},${f(y - s)} H${f(x + s)} V${f(y + s)} H${f(x - s)} Z`
    }
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.2)} L${f(x + r * 1.2)},${f(y)} L${f(x)},${f(y + r * 1.2)} L${f(x - r * 1.2)},${f(y)} Z`
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.15)} L${f(x + r * 1.1)},${f(y + r * 0.85)} L${f(x - r * 1.1)},${f(y + r * 0.85)} Z`
    case 'cross': {
      const a = r * 0.95
      const w = r * 0.38
      // A plus sign of two bars, as one closed outline so it can be filled like the others.
      return `M${f(x - w)},${f(y - a)} H${f(x + w)} V${f(y - w)} H${f(x + a)} V${f(y + w)} H${f(x + w)} V${f(y + a)} H${f(x - w)} V${f(y + w)} H${f(x - a)} V${f(y - w)} H${f(x - w)} Z`
    }
  }
}
