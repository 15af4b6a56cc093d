/** Small, dismissable notes saying what the app ignored in a link, and why. */
import { useState } from 'react'
import { t } from '../i18n/locale'
import { shown } from '../view/parseUrl'
import type { Ignored } from '../view/viewState'

export function Notices({ items }: { items: Ignored[] }) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  const visible = items.filter((item) => !dismissed.has(noticeKey(item)))
  if (visible.length === 0) return null
  return (
    <section className="notices" aria-label={t('notices.aria')}>
      <ul>
        {visible.map((item) => (
          <li key={noticeKey(item)} className="notice" role="status">
            <span>
              <code>
                {item.key}={shown(item.value)}
              </code>{' '}
              {t('notices.ignored', { reason: item.reason() })}
            </span>
            <button
              type="button"
              className="button-quiet"
              aria-label={t('notices.dismiss', { key: item.key })}
              onClick={() => setDismissed(new Set([...dismissed, noticeKey(item)]))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

const noticeKey = (item: Ignored) => `${item.key}=${item.value}:${item.reason()}`
