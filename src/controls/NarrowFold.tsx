/**
 * What a phone folds away so the chart comes first: on a narrow screen a button opens and closes
 * it; on a wide one the button is not there and what it folds is always shown. Open or closed
 * is the reader's, not the link's: it is not in the URL.
 */
import { type ReactNode, useId, useState } from 'react'

export function NarrowFold({
  label,
  className,
  children,
}: {
  label: string
  /** The class of the folded part (its layout on a wide screen). */
  className: string
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const id = useId()
  return (
    <>
      <button
        type="button"
        className="fold-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      <div id={id} className={`${className} fold${open ? ' is-open' : ''}`}>
        {children}
      </div>
    </>
  )
}
