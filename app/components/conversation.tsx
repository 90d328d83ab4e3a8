import { useEffect, useState } from 'react'
import { Form, useActionData, useRevalidator } from 'react-router'
import { formatDateTime, formatList, formatNumber } from '#domain/i18n/format.ts'
import { MAX_MESSAGE_LENGTH } from '#domain/cases/message-body.ts'
import { ErrorSummary } from '#app/components/patterns/error-summary.tsx'
import { FileField } from '#app/components/patterns/file-field.tsx'
import { TextareaField } from '#app/components/patterns/textarea-field.tsx'
import { Button } from '#app/components/ui/button.tsx'
import type { FailureView } from '#app/lib/action-failure.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'

export type ConversationMessage = {
  id: string
  authorName: string
  side: 'patient' | 'coordinator'
  body: string
  createdAt: string | Date
  attachments: { id: string; name: string }[]
}

const POLL_MS = 5000
/** How much of a sent message the confirmation repeats. */
const PREVIEW_CHARS = 140

/** The message the person has just sent, read back from the conversation. */
export type SentMessage = { id: string; body: string; attachments: string[] }

/**
 * One case's conversation. With JavaScript, new messages appear without a
 * reload (the page's data is refetched every few seconds while it is visible);
 * without it, the page is a plain list and a plain form.
 */
export function Conversation(props: {
  caseId: string
  messages: ConversationMessage[]
  action: string
  /** The send form's failure: its messages, and what was typed. */
  failed: Pick<FailureView, 'list' | 'value'>
  /** The message just sent, confirmed above the form. */
  sent?: SentMessage | null
}) {
  const t = useT()
  // A problem with the file (refused, or lost with a refused post) is said on
  // the file's field; anything else belongs to the message itself.
  const errors = props.failed.list.map((e) => (e.fieldId === 'file' ? e : { ...e, fieldId: 'body' }))
  const error = errors.find((e) => e.fieldId === 'body')?.message
  const fileError = errors.find((e) => e.fieldId === 'file')?.message
  const result = useActionData()
  const locale = useLocale()
  const revalidator = useRevalidator()
  // Said only once the live update runs: without JavaScript nothing appears by itself.
  const [live, setLive] = useState(false)
  useEffect(() => {
    setLive(true)
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible' && revalidator.state === 'idle')
        void revalidator.revalidate()
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [revalidator])
  const sent = errors.length > 0 ? null : props.sent
  const preview =
    sent && sent.body.length > PREVIEW_CHARS ? `${sent.body.slice(0, PREVIEW_CHARS)}…` : sent?.body
  return (
    <>
      <ErrorSummary errors={errors} />
      {live ? <p className="body two-thirds">{t('messages.live')}</p> : null}
      {props.messages.length === 0 ? (
        <p className="body">{t('messages.none')}</p>
      ) : (
        <ol className="messages" aria-live="polite" aria-relevant="additions">
          {props.messages.map((m) => (
            <li key={m.id} className={`message message--${m.side}`}>
              <p className="message__meta">
                <strong dir="auto">{m.authorName}</strong> · {t(`messages.side.${m.side}`)} ·{' '}
                <time dateTime={new Date(m.createdAt).toISOString()}>
                  {formatDateTime(locale, new Date(m.createdAt))}
                </time>
              </p>
              {m.body ? (
                <p className="message__body" dir="auto">
                  {m.body}
                </p>
              ) : null}
              {m.attachments.length > 0 ? (
                <ul className="list">
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={`/cases/${props.caseId}/documents/${a.id}`} download dir="auto">
                        {t('messages.attachment', { name: a.name })}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {/* Polite: it waits for the screen reader to finish, and is there before it fills. */}
      <div role="status" data-testid="message-sent">
        {sent ? (
          <div className="notification-banner notification-banner--success">
            <p className="notification-banner__title">{t('messages.sent.title')}</p>
            <div className="notification-banner__content">
              {preview ? (
                <p className="body" dir="auto">
                  {t('messages.sent.body', { text: preview })}
                </p>
              ) : null}
              {sent.attachments.length > 0 ? (
                <p className="body" dir="auto">
                  {t('messages.sent.attachments', {
                    count: sent.attachments.length,
                    names: formatList(locale, sent.attachments),
                  })}
                </p>
              ) : null}
            </div>
          </div>
        ) : null}
      </div>
      {/* A new key after each message sent: the form starts empty again, so nothing is sent twice. */}
      <Form
        method="post"
        encType="multipart/form-data"
        action={props.action}
        noValidate
        key={sent?.id ?? 'new'}
      >
        <TextareaField
          name="body"
          label={t('messages.new')}
          hint={`${t('messages.hint')} ${t('messages.limit', { max: formatNumber(locale, MAX_MESSAGE_LENGTH) })}`}
          error={error}
          defaultValue={props.failed.value('body')}
        />
        <FileField
          label={
            <>
              {t('messages.attach')} <span className="label__optional">{t('form.optional')}</span>
            </>
          }
          hint={t('messages.attachHint')}
          error={fileError}
          result={result}
        />
        <Button>{t('messages.send')}</Button>
      </Form>
    </>
  )
}

/** Joins messages with the documents attached to them. */
export function withAttachments<M extends { id: string }>(
  messages: M[],
  documents: { id: string; messageId: string | null; meta: { filename: string } }[],
): (M & { attachments: { id: string; name: string }[] })[] {
  return messages.map((m) => ({
    ...m,
    attachments: documents
      .filter((d) => d.messageId === m.id)
      .map((d) => ({ id: d.id, name: d.meta.filename })),
  }))
}
