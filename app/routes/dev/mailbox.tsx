import { Link } from 'react-router'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireNonProduction } from '#app/request.server.ts'
import { formatDateTime } from '#domain/i18n/format.ts'
import { listOutbox } from '#server/use-cases/dev/mailbox.ts'
import type { Route } from './+types/mailbox'

export async function loader() {
  const rt = await requireNonProduction()
  return { emails: await listOutbox(rt), transport: rt.mailer.transport }
}

export default function Mailbox({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <PageTitle title={t('mailbox.title')} />
      <h1 className="heading-xl">{t('mailbox.title')}</h1>
      <p className="body">{t('mailbox.lede')}</p>
      {loaderData.emails.length === 0 ? (
        <p className="body">{t('mailbox.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('mailbox.to')}</th>
              <th scope="col">{t('mailbox.subject')}</th>
              <th scope="col">{t('mailbox.sent')}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.emails.map((e) => (
              <tr key={e.id}>
                <td dir="ltr">{e.to}</td>
                <td>
                  <Link to={`/dev/mailbox/${e.id}`}>{e.subject}</Link>
                </td>
                <td>{formatDateTime(locale, new Date(e.createdAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
