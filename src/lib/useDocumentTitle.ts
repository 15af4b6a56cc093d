import { useEffect } from 'react'

const SUFFIX = 'Megawatt Atlas'

/** The tab's title follows what the page shows, so history and bookmarks read as the chart does. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${SUFFIX}` : SUFFIX
  }, [title])
}
