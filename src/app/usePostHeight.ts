import { type RefObject, useEffect } from 'react'
import { HEIGHT_MESSAGE } from '../lib/embedCode'

/**
 * In an embed, tells the host page how tall the content is, each time it changes, so the
 * responsive embed code can size the frame to the chart (no inner scroll bar, no gap). Only the
 * height is posted; nothing of the host is read.
 */
export function usePostHeight(content: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const element = content.current
    if (!active || !element || window.parent === window) return
    let last = 0
    const post = () => {
      const margin = Number.parseFloat(getComputedStyle(document.body).marginBottom) || 0
      const height = Math.ceil(element.getBoundingClientRect().bottom + window.scrollY + margin)
      if (height === last) return
      last = height
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*')
    }
    const observer = new ResizeObserver(post)
    observer.observe(element)
    post()
    return () => observer.disconnect()
  }, [content, active])
}
