import { formatDay } from '../i18n/locale'

/** The chart's own drawing in a chart frame: Recharts' surface, or ours (the map, the spreads). */
export const chartSurface = (frame: HTMLElement | null | undefined) =>
  frame?.querySelector<SVGSVGElement>('svg.recharts-surface, svg.chart-surface') ?? null

/** What an exported file says of itself: the day it was made and the view's link. */
export const exportMeta = (link: string) => ({
  exportedOn: formatDay(new Date().toISOString().slice(0, 10)),
  link,
})
