/** What a set of drawn figures mixes: publishers, scopes, bases, bounds. Pure. */
import type { Basis, Scope } from '../schema'
import { scopeOf } from '../scopes'
import type { FigureRow } from './figureRow'

/** What a sum adds: how many figures, from which publishers, scopes and bases, how many bounded. */
export type FigureMix = {
  figures: number
  publishers: string[]
  scopes: Scope[]
  bases: Basis[]
  /** Figures worded as a bound or an estimate ("over", "about"). */
  qualified: number
}

export function figureMix(rows: FigureRow[]): FigureMix {
  const distinct = <T>(values: T[]) => [...new Set(values)].sort()
  return {
    figures: rows.length,
    publishers: distinct(rows.map((r) => r.source.publisher)),
    scopes: distinct(rows.map((r) => scopeOf(r.drawn))),
    bases: distinct(rows.map((r) => r.drawn.basis)),
    qualified: rows.filter((r) => r.drawn.qualifier !== undefined).length,
  }
}

export const isLikeForLike = (mix: FigureMix) =>
  mix.publishers.length <= 1 && mix.scopes.length <= 1 && mix.bases.length <= 1
