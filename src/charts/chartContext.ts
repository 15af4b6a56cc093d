/** What the exports need from the page: the datasets on screen and the view's links. */
import { createContext, useContext } from 'react'
import type { Dataset } from '../data/schema'

export type ExportContextValue = {
  datasets: Dataset[]
  /** The view's link, pinned to the dataset versions on screen. */
  shareLink: () => string
  /** The same, with embed=1, for an iframe. */
  embedLink: () => string
  embed: boolean
}

export const ExportContext = createContext<ExportContextValue>({
  datasets: [],
  shareLink: () => window.location.href,
  embedLink: () => window.location.href,
  embed: false,
})

export const useExportContext = () => useContext(ExportContext)

/** A responsive iframe of the embed view: full width, a 4:3 box that never gets too short. */
export function embedCode(src: string, title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  return `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" style="width:100%;aspect-ratio:4/3;min-height:420px;border:0" allow="clipboard-write"></iframe>`
}
