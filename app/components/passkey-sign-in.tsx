import { useEffect, useState } from 'react'
import { useT } from '#app/lib/i18n.ts'
import { loadAuthClient } from '#app/lib/auth-client.ts'

/** Offered only when the browser can do it: passkeys need JavaScript and WebAuthn. */
export function PasskeySignIn({ next }: { next: string }) {
  const t = useT()
  const [supported, setSupported] = useState(false)
  const [failed, setFailed] = useState(false)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    setSupported(typeof window.PublicKeyCredential === 'function')
  }, [])
  if (!supported) return null
  return (
    <section aria-labelledby="passkey-heading" className="section">
      <h2 className="heading-m" id="passkey-heading">
        {t('signIn.passkey')}
      </h2>
      <p className="body">{t('signIn.passkeyHint')}</p>
      {failed ? (
        <p className="error-message" role="alert">
          {t('signIn.passkeyFailed')}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true)
          setFailed(false)
          try {
            const client = await loadAuthClient()
            const result = await client.signIn.passkey()
            if (result?.error) throw new Error(result.error.message)
            window.location.assign(next)
          } catch {
            setFailed(true)
          } finally {
            setBusy(false)
          }
        }}
      >
        {t('signIn.passkey')}
      </button>
    </section>
  )
}
