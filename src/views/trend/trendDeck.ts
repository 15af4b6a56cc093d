/** The trend as a slide's line chart: a line per market or group shown, a point per year drawn. */
import type { DeckChart, DeckPoint } from '../../charts/exportSpec'
import { toDisplay, unitLabel } from '../../charts/format'
import type { Unit } from '../../data/metrics'
import { t } from '../../i18n/locale'
import type { Change, DisplayUnit } from '../../view/viewState'
import { indexLines } from './growth'
import type { TrendLine } from './trendSeries'

export function trendDeck(
  years: number[],
  lines: TrendLine[],
  options: {
    hidden: ReadonlySet<string>
    change: Change | null
    metricUnit: Unit
    display: DisplayUnit
    label: (line: TrendLine) => string
  },
): DeckChart {
  const { hidden, change, metricUnit, display, label } = options
  const drawn = (change === 'index' ? indexLines(lines) : lines).filter((l) => !hidden.has(l.id))
  return {
    type: 'line',
    across: false,
    stacked: false,
    categories: years.map(String),
    series: drawn.map((line) => ({
      name: label(line),
      colour: line.colour,
      points: years.map((year): DeckPoint => {
        const point = line.points.find((p) => p.year === year)
        if (!point) return null
        const value = change === 'index' ? point.value : toDisplay(point.value, metricUnit, display)
        return { value, qualifier: point.qualifier }
      }),
    })),
    unit: change === 'index' ? t('trend.axis.index') : unitLabel(metricUnit, display),
  }
}
