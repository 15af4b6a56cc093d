/**
 * "Copy link": the address of this very view, pinned to the dataset versions it shows, so the
 * colleague who opens it sees the same numbers after the bundled data is updated.
 */
import { useId, useState } from 'react'

export function ShareMenu({ link }: { link: () => string }) {
  const [status, setStatus] = useState<{ kind: 'copied' | 'manual'; url: string } | null>(null)
  const fieldId = useId()
  const copy = async () => {
    const url = link()
    try {
      await navigator.clipboard.writeText(url)
      setStatus({ kind: 'copied', url })
    } catch {
      // No clipboard (permissions, an insecure origin): show the link to copy by hand.
      setStatus({ kind: 'manual', url })
    }
  }
  return (
    <div className="share-menu">
      <button type="button" className="button-secondary" onClick={copy}>
        Copy link
      </button>
      <span className="share-menu__status" role="status" aria-live="polite">
        {status?.kind === 'copied' ? 'Link copied, pinned to these data versions.' : ''}
      </span>
      {status?.kind === 'manual' ? (
        <div className="share-menu__manual">
          <label htmlFor={fieldId}>Copy this link:</label>
          <input
            id={fieldId}
            type="text"
            readOnly
            value={status.url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
    </div>
  )
}
