/**
 * A link whose `data=` names another site: nothing is requested until the reader agrees. A
 * request tells that site who opened the link and when, and its figures are not Megawatt
 * Atlas' sourced data. Loaded (with its words) only for such a link.
 */
import { useId } from 'react'
import { t } from '../i18n/locale'

export type ForeignDataPromptProps = {
  host: string
  /** The reader said Ignore: a short line remains, to change their mind. */
  ignored: boolean
  onLoad: () => void
  onIgnore: () => void
}

export function ForeignDataPrompt({ host, ignored, onLoad, onIgnore }: ForeignDataPromptProps) {
  const titleId = useId()
  if (ignored)
    return (
      <p className="foreign-data foreign-data--ignored">
        {t('foreign.ignored', { host })}{' '}
        <button type="button" className="button-quiet" onClick={onLoad}>
          {t('foreign.loadAfterAll')}
        </button>
      </p>
    )
  return (
    <section className="foreign-data" aria-labelledby={titleId}>
      <p id={titleId} className="foreign-data__title">
        {t('foreign.title', { host })}
      </p>
      <p>{t('foreign.body', { host })}</p>
      <div className="foreign-data__actions">
        <button type="button" onClick={onLoad}>
          {t('foreign.load')}
        </button>
        <button type="button" className="button-quiet" onClick={onIgnore}>
          {t('foreign.ignore')}
        </button>
      </div>
    </section>
  )
}
