import { useEffect, useState } from 'react'
import { useT } from '#app/lib/i18n.ts'

/** Share by link, email or messaging apps. The copy button appears only when the browser can copy. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = useT()
  const [canCopy, setCanCopy] = useState(false)
  const [copied, setCopied] = useState(false)
  useEffect(() => setCanCopy(typeof navigator !== 'undefined' && Boolean(navigator.clipboard)), [])
  const text = encodeURIComponent(`${title} ${url}`)
  return (
    <section className="share" aria-labelledby="share-title">
      <h2 className="heading-s" id="share-title">
        {t('share.title')}
      </h2>
      <div className="form-group">
        <label className="label" htmlFor="share-url">
          {t('share.link')}
        </label>
        <input className="input" id="share-url" readOnly value={url} dir="ltr" />
      </div>
      <ul className="share__list">
        {canCopy ? (
          <li>
            <button
              type="button"
              className="button button--secondary"
              onClick={async () => {
                await navigator.clipboard.writeText(url)
                setCopied(true)
              }}
            >
              {t('share.copy')}
            </button>
            <span aria-live="polite">{copied ? ` ${t('share.copied')}` : ''}</span>
          </li>
        ) : null}
        <li>
          <a href={`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`}>
            {t('share.email')}
          </a>
        </li>
        <li>
          <a href={`https://wa.me/?text=${text}`} rel="noopener noreferrer">
            {t('share.whatsapp')}
          </a>
        </li>
        <li>
          <a
            href={`https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(title)}`}
            rel="noopener noreferrer"
          >
            {t('share.telegram')}
          </a>
        </li>
      </ul>
    </section>
  )
}
