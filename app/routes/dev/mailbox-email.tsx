import { data, Link } from 'react-router'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'
import { requireNonProduction } from '#app/request.server.ts'
import { readOutboxEmail } from '#server/use-cases/dev/mailbox.ts'
import type { Route } from './+types/mailbox-email'

export async function loader({ params }: Route.LoaderArgs) {
  const rt = await requireNonProduction()
  const email = /^[0-9a-f-]{36}$/.test(params.emailId) ? await readOutboxEmail(rt, params.emailId) : null
  if (!email) throw data(null, { status: 404 })
  return {
    email: {
      id: email.id,
      to: email.to,
      subject: email.subject,
      text: email.text,
      locale: email.locale,
      files: email.attachments.map((a) => ({ name: a.filename, type: a.contentType })),
    },
  }
}

// The text part is shown as text; its links are made clickable so the journey can be followed.
function linkify(text: string) {
  return text.split(/(https?:\/\/[^\s]+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  )
}

export default function MailboxEmail({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { email } = loaderData
  return (
    <>
      <PageTitle title={email.subject} />
      <p className="body">
        <Link to="/dev/mailbox" className="back-link">
          {t('mailbox.back')}
        </Link>
      </p>
      <h1 className="heading-l" lang={email.locale}>
        {email.subject}
      </h1>
      <p className="body">
        {t('mailbox.to')}: <bdi>{email.to}</bdi>
      </p>
      <div className="email-text" lang={email.locale} data-testid="email-text">
        {linkify(email.text)}
      </div>
      {email.files.length > 0 ? (
        <>
          <h2 className="heading-m">{t('mailbox.attachments')}</h2>
          <ul className="list" data-testid="email-attachments">
            {email.files.map((f, i) => (
              <li key={i}>
                <a href={`/dev/mailbox/${email.id}/attachments/${i}`} download={f.name} dir="ltr">
                  {f.name}
                </a>{' '}
                <span dir="ltr">({f.type})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
