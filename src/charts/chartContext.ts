/**
 * What a chart frame needs from the page: the datasets on screen, the view's links, and the
 * Download menu. The page passes the menu in, so the charts never import the export code, which
 * loads on first use.
 */
import {
  type ComponentType,
  createContext,
  type ReactNode,
  type RefObject,
  useContext,
} from 'react'
import type { Dataset } from '../data/schema'
import type { ExportSpec } from './exportSpec'

export type DownloadMenuProps = {
  spec: ExportSpec
  frame: RefObject<HTMLElement | null>
  /** False where there is no picture to export (the table view): CSV and links only. */
  images?: boolean
}

export type ChartContextValue = {
  datasets: Dataset[]
  /** The view's link, pinned to the dataset versions on screen. */
  shareLink: () => string
  /** The same, with embed=1, for an iframe. */
  embedLink: () => string
  embed: boolean
  /** The Download menu a frame shows (none when embedded). */
  DownloadMenu: ComponentType<DownloadMenuProps> | null
}

export const ChartContext = createContext<ChartContextValue>({
  datasets: [],
  shareLink: () => window.location.href,
  embedLink: () => window.location.href,
  embed: false,
  DownloadMenu: null,
})

export const useChartContext = () => useContext(ChartContext)

/**
 * What a view draws between its chart and the caption (the timeline): the page's controls
 * reach into the frame without the charts importing them.
 */
export const UnderChart = createContext<ReactNode>(null)

/**
 * The timeline of the chart on screen, for what plays it outside the slider (the animation
 * export): its years, the year in the address (null: the default), and a way to draw another
 * year that replaces the address instead of adding to the history.
 */
export type ChartTimeline = {
  years: readonly number[]
  year: number | null
  show: (year: number | null) => void
}
export const TimelineContext = createContext<ChartTimeline | null>(null)

/**
 * The year a play started from while one is under way, else null: what follows the chart (the
 * table of its figures) holds that year's rows and says so, so the page keeps its height and
 * the timeline stays under the pointer.
 */
export const PlayingFrom = createContext<number | null>(null)
