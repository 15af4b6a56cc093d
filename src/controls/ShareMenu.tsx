/**
 * "Copy link": the address of this very view, pinned to the dataset versions it shows, so the
 * colleague who opens it sees the same numbers after the bundled data is updated.
 * "Copy embed code": an iframe of the same view with embed=1 that takes the chart's height (a
 * few lines of script in the host page); then, for hosts that allow no script, a plain iframe.
 */
import { useId, useState } from 'react'
import { t } from '../i18n/locale'
import { embedCode, responsiveEmbedCode } from '../lib/embedCode'

type Status =
  | { kind: 'copied'; message: string; plainEmbed?: boolean }
  | { kind: 'manual'; label: string; text: string }
  | null

export function ShareMenu({ link, embedLink }: { link: () => string; embedLink: () => string }) {
  const [status, setStatus] = useState<Status>(null)
  const fieldId = useId()
  const copy = async (text: string, message: string, label: string, plainEmbed = false) => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus({ kind: 'copied', message, plainEmbed })
    } catch {
      // No clipboard (permissions, an insecure origin): show the text to copy by hand.
      setStatus({ kind: 'manual', label, text })
    }
  }
  return (
    <div className="share-menu">
      <button
        type="button"
        className="button-secondary"
        onClick={() => copy(link(), t('share.linkCopied'), t('share.copyLinkManual'))}
      >
        {t('share.copyLink')}
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          copy(
            responsiveEmbedCode(embedLink(), document.title),
            t('share.embedCopied'),
            t('share.copyEmbedManual'),
            true,
          )
        }
      >
        {t('share.copyEmbed')}
      </button>
      <span className="share-menu__status" role="status" aria-live="polite">
        {status?.kind === 'copied' ? status.message : ''}
      </span>
      {status?.kind === 'copied' && status.plainEmbed ? (
        <button
          type="button"
          className="button-quiet"
          onClick={() =>
            copy(
              embedCode(embedLink(), document.title),
              t('share.embedPlainCopied'),
              t('share.copyEmbedManual'),
            )
          }
        >
          {t('share.copyEmbedPlain')}
        </button>
      ) : null}
      {status?.kind === 'manual' ? (
        <div className="share-menu__manual">
          <label htmlFor={fieldId}>{status.label}</label>
          <input
            id={fieldId}
            type="text"
            readOnly
            value={status.text}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
    </div>
  )
}
