/**
 * A bar's rectangle, as Recharts' <Rectangle> draws one without radius or animation (a path of
 * class `recharts-rectangle`, so the exports and the motion find it as any Recharts bar): that
 * component's rounded corners and tweening were 4.5 kB gzip on the first view of every bar chart,
 * and the bars here have neither (src/charts/motion.ts moves them).
 */
import type { SVGProps } from 'react'

type Props = Omit<SVGProps<SVGPathElement>, 'x' | 'y' | 'width' | 'height' | 'd'> & {
  x: number
  y: number
  width: number
  height: number
}

const round = (n: number) => Math.round(n * 10_000) / 10_000

export function BarRect({ x, y, width, height, className, ...rest }: Props) {
  // As <Rectangle>: a bar with no length is not drawn.
  if (width <= 0 || height <= 0) return null
  return (
    <path
      {...rest}
      // Its box as attributes too, as Recharts writes them: readers of the SVG (and the tests)
      // take a bar's length from `width`.
      x={round(x)}
      y={round(y)}
      width={round(width)}
      height={round(height)}
      className={className ? `recharts-rectangle ${className}` : 'recharts-rectangle'}
      d={`M${round(x)},${round(y)}h${round(width)}v${round(height)}h${round(-width)}Z`}
    />
  )
}
