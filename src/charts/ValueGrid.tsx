/**
 * Grid lines at the value axis' ticks, behind the marks, drawn from the chart's own ticks:
 * Recharts' CartesianGrid (with its Tooltip, the chunk the ranking and compare never load) was
 * ~20 kB gzip on the first view of the pipeline, sources and trend for lines a few elements draw.
 */
import { DefaultZIndexes, usePlotArea, useXAxisTicks, useYAxisTicks, ZIndexLayer } from 'recharts'

/** `axis`: the value axis: `y` draws horizontal lines (columns, lines), `x` vertical (bars). */
export function ValueGrid({ axis }: { axis: 'x' | 'y' }) {
  const xTicks = useXAxisTicks()
  const yTicks = useYAxisTicks()
  const area = usePlotArea()
  const ticks = axis === 'x' ? xTicks : yTicks
  if (!ticks || !area) return null
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.grid}>
      <g className="value-grid">
        {ticks.map((tick) =>
          axis === 'y' ? (
            <line
              key={String(tick.value)}
              x1={area.x}
              x2={area.x + area.width}
              y1={tick.coordinate}
              y2={tick.coordinate}
              stroke="var(--grid)"
            />
          ) : (
            <line
              key={String(tick.value)}
              x1={tick.coordinate}
              x2={tick.coordinate}
              y1={area.y}
              y2={area.y + area.height}
              stroke="var(--grid)"
            />
          ),
        )}
      </g>
    </ZIndexLayer>
  )
}
