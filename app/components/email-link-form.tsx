import { Form } from 'react-router'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { EmailField } from '#app/components/patterns/email-field.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { Button } from '#app/components/ui/button.tsx'
import { useFailure } from '#app/lib/action-failure.ts'
import { useT } from '#app/lib/i18n.ts'

/**
 * A page that asks for an email address and sends a link to it (a password
 * reset, a sign-in link). It always says the link was sent, so it never tells
 * whether an account exists.
 */
export function EmailLinkForm({
  actionData,
  words,
}: {
  actionData: unknown
  words: {
    title: MessageKey
    lede: MessageKey
    submit: MessageKey
    sentTitle: MessageKey
    sentBody: MessageKey
  }
}) {
  const t = useT()
  const failed = useFailure(actionData, ['email'])
  const sentTo =
    actionData && typeof actionData === 'object' && 'sentTo' in actionData ? String(actionData.sentTo) : null
  return (
    <div className="two-thirds">
      <PageTitle title={t(words.title)} error={failed.failed} />
      <ErrorSummary errors={failed.list} />
      {sentTo ? (
        <NotificationBanner tone="success" title={t(words.sentTitle)}>
          {t(words.sentBody, { email: sentTo })}
        </NotificationBanner>
      ) : null}
      <h1 className="heading-xl">{t(words.title)}</h1>
      <p className="body">{t(words.lede)}</p>
      <Form method="post" noValidate>
        <EmailField
          label={t('field.email.label')}
          error={failed.errorFor('email')}
          defaultValue={failed.value('email', sentTo)}
          autoComplete="email"
        />
        <Button>{t(words.submit)}</Button>
      </Form>
    </div>
  )
}
