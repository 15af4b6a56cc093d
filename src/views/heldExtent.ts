/**
 * What a chart holds over every year its timeline can show: the most rows any year draws and
 * the range of its values. A play then keeps one value axis (a market's bar grows or shrinks, it
 * does not "rank first" on a rescaled axis) and one height (the timeline stays under the pointer).
 */
export type HeldExtent = { rows: number; min: number; max: number }

export function heldExtent<Row>(
  years: Iterable<number>,
  rowsOf: (year: number) => readonly Row[],
  /** The values a row draws (a bar's length, a stack's total, every mark of a row). */
  valuesOf: (row: Row) => readonly number[],
): HeldExtent {
  const held = { rows: 0, min: Number.POSITIVE_INFINITY, max: 0 }
  for (const year of years) {
    const rows = rowsOf(year)
    held.rows = Math.max(held.rows, rows.length)
    for (const row of rows)
      for (const value of valuesOf(row)) {
        held.max = Math.max(held.max, value)
        if (value > 0) held.min = Math.min(held.min, value)
      }
  }
  return held
}

/** The axis's values with the held range added, so every year's axis is the same. */
export const withHeld = (values: number[], held: HeldExtent | undefined): number[] =>
  held && held.rows > 0 ? [...values, held.min, held.max] : values
