import { useEffect, useState } from 'react'
import { useRevalidator } from 'react-router'
import { useT } from '#app/lib/i18n.ts'
import { loadAuthClient } from '#app/lib/auth-client.ts'

/** "Add a passkey": a WebAuthn ceremony, so it needs JavaScript; without it we say so. */
export function PasskeyManager() {
  const t = useT()
  const revalidator = useRevalidator()
  const [supported, setSupported] = useState<boolean | null>(null)
  const [status, setStatus] = useState<'idle' | 'busy' | 'added' | 'failed'>('idle')
  useEffect(() => {
    setSupported(typeof window.PublicKeyCredential === 'function')
  }, [])
  if (supported === null) {
    return (
      <noscript>
        <p className="body">{t('account.passkeys.needsJs')}</p>
      </noscript>
    )
  }
  if (!supported) return <p className="body">{t('account.passkeys.needsJs')}</p>
  return (
    <>
      <div aria-live="polite">
        {status === 'added' ? <p className="body">{t('account.passkeys.added')}</p> : null}
        {status === 'failed' ? <p className="error-message">{t('account.passkeys.failed')}</p> : null}
      </div>
      <button
        type="button"
        className="button button--secondary"
        disabled={status === 'busy'}
        onClick={async () => {
          setStatus('busy')
          try {
            const client = await loadAuthClient()
            const result = await client.passkey.addPasskey({ name: navigator.platform || 'Passkey' })
            if (result?.error) throw new Error(result.error.message)
            setStatus('added')
            await revalidator.revalidate()
          } catch {
            setStatus('failed')
          }
        }}
      >
        {t('account.passkeys.add')}
      </button>
    </>
  )
}
