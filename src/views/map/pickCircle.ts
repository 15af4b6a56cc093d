/**
 * Which of overlapping circles a point means: among those it is inside, the one whose centre is
 * nearest. Pointing at Singapore's centre means Singapore, though Johor's circle covers it too.
 * Two circles on one centre (a city and its greater area): the smaller, drawn on top; the larger
 * answers on its ring.
 */
export function pickCircle<C extends { cx: number; cy: number; r: number }>(
  circles: readonly C[],
  x: number,
  y: number,
): C | undefined {
  let best: C | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const circle of circles) {
    const distance = Math.hypot(x - circle.cx, y - circle.cy)
    const nearer =
      distance < bestDistance ||
      (distance === bestDistance && best !== undefined && circle.r < best.r)
    if (distance <= circle.r && nearer) {
      best = circle
      bestDistance = distance
    }
  }
  return best
}

/** Largest first, so a smaller circle is drawn above the larger ones it overlaps. */
export const largestFirst = <C extends { r: number }>(circles: readonly C[]): C[] =>
  [...circles].sort((a, b) => b.r - a.r)
