import { useEffect } from 'react'
import type { Theme } from '../view/viewState'

/** `theme=` on the root element; without it the stylesheet follows prefers-color-scheme. */
export function useTheme(theme: Theme | null): void {
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme
    else delete document.documentElement.dataset.theme
  }, [theme])
}
