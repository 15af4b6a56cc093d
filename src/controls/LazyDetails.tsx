/**
 * A disclosure whose panel's code loads when it first opens, or already when the pointer or the
 * keyboard focus reaches its summary: menus and panels the first view does not show stay out of
 * its download, and are in by the time a click opens them.
 */
import { type ReactNode, useState } from 'react'
import { t } from '../i18n/locale'
import { type Lazy, useLazy } from '../lib/lazyComponent'

export function LazyDetails<P extends object>({
  className,
  summary,
  panel,
  panelProps,
  open,
  onOpenChange,
}: {
  className: string
  summary: ReactNode
  panel: Lazy<P>
  panelProps: P
  /** Given: the caller decides (it may open the panel itself); left out: the user does. */
  open?: boolean
  onOpenChange?: (open: boolean) => void
}) {
  const [openByUser, setOpenByUser] = useState(false)
  const isOpen = open ?? openByUser
  const { component: Panel, error } = useLazy(panel, isOpen)
  const warmUp = () => void panel.preload().catch(() => undefined)
  return (
    <details
      className={className}
      open={isOpen}
      onToggle={(e) => {
        const next = e.currentTarget.open
        if (next === isOpen) return
        setOpenByUser(next)
        onOpenChange?.(next)
      }}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a summary is the disclosure's button; these only start a download */}
      <summary onPointerEnter={warmUp} onFocus={warmUp}>
        {summary}
      </summary>
      {isOpen && Panel ? <Panel {...panelProps} /> : null}
      {isOpen && !Panel ? (
        <p className="lazy-details__status" role="status">
          {error ? t('lazy.failed', { message: error.message }) : t('lazy.loading')}
        </p>
      ) : null}
    </details>
  )
}
