import { type ReactNode, useEffect, useRef, useState } from 'react'

/**
 * Its children in a box that never grows shorter while it is mounted: what changes with the
 * year under a chart (the year's events) must not pull the page up under the reader during a
 * play, as the charts hold room for their largest year. Key it to reset (other markets).
 * Measured by a ResizeObserver, after layout: it never forces one.
 */
export function HeldHeight({ children, className }: { children: ReactNode; className?: string }) {
  const inner = useRef<HTMLDivElement>(null)
  const [least, setLeast] = useState(0)
  useEffect(() => {
    const element = inner.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() =>
      setLeast((height) => Math.max(height, element.offsetHeight)),
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return (
    <div className={className} style={least > 0 ? { minHeight: least } : undefined}>
      <div ref={inner}>{children}</div>
    </div>
  )
}
