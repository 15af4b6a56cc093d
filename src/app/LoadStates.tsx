/** What the page says while data loads or when it could not: no placeholder numbers, ever. */
import type { LoadError } from '../data/fetchJson'
import { say, t } from '../i18n/locale'

export function Loading({ what, onCancel }: { what: string; onCancel?: () => void }) {
  return (
    <div className="load-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {t('load.loading', { what })}
      {onCancel ? (
        <>
          {' '}
          <button type="button" className="button-quiet" onClick={onCancel}>
            {t('load.cancel')}
          </button>
        </>
      ) : null}
    </div>
  )
}

export function LoadFailure({
  title,
  error,
  onRetry,
}: {
  title: string
  error: LoadError
  onRetry: () => void
}) {
  return (
    <div className="load-state load-state--error" role="alert">
      <p className="load-state__title">{title}</p>
      <p>{say(error.said)}</p>
      {error.details.length > 0 ? (
        <ul className="load-state__details">
          {error.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={onRetry}>
        {t('load.retry')}
      </button>
    </div>
  )
}
