import { useEffect } from 'react'
import { afterPaint } from './Later'

const SUFFIX = 'Megawatt Atlas'

/**
 * The tab's title follows what the page shows, so history and bookmarks read as the chart does.
 * Written once the chart's change is painted: the browser's tab title took 0.5-1.4 ms of each
 * timeline step's frame.
 */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(
    () =>
      afterPaint(() => {
        document.title = title ? `${title} · ${SUFFIX}` : SUFFIX
      }),
    [title],
  )
}
