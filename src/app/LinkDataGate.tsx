/**
 * A link whose `data=` names another site: nothing is requested until the reader agrees. A
 * request tells that site who opened the link and when, and its figures are not Megawatt
 * Atlas' sourced data. Loaded (with its words) only for a link that has `data=`.
 */
import { useEffect, useId, useMemo, useState } from 'react'
import { dataAddress } from '../data/dataAddress'
import { t } from '../i18n/locale'

/**
 * Lets the page load a link's `data=`: an address beside the app at once, another site's only
 * once the reader says Load. Keyed by the address, so a new address is asked about afresh.
 */
export function LinkDataGate({
  data,
  allowed,
  onAllow,
}: {
  data: string
  allowed: boolean
  onAllow: () => void
}) {
  const address = useMemo(() => dataAddress(data, document.baseURI), [data])
  const [ignored, setIgnored] = useState(false)
  const sameOrigin = address.kind === 'same-origin'
  useEffect(() => {
    if (sameOrigin && !allowed) onAllow()
  }, [sameOrigin, allowed, onAllow])
  if (address.kind !== 'other-origin' || allowed) return null
  return (
    <ForeignDataPrompt
      host={address.host}
      ignored={ignored}
      onLoad={onAllow}
      onIgnore={() => setIgnored(true)}
    />
  )
}

type ForeignDataPromptProps = {
  host: string
  /** The reader said Ignore: a short line remains, to change their mind. */
  ignored: boolean
  onLoad: () => void
  onIgnore: () => void
}

function ForeignDataPrompt({ host, ignored, onLoad, onIgnore }: ForeignDataPromptProps) {
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
