import { Link } from 'react-router'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { requireNonProduction } from '#app/request.server.ts'
import { formatDateTime } from '#domain/i18n/format.ts'
import { listOutbox } from '#server/use-cases/dev/mailbox.ts'
import type { Route } from './+types/mailbox'

export async function loader() {
  const rt = await requireNonProduction()
  const emails = await listOutbox(rt)
  return {
    emails: emails.map(({ attachments, ...e }) => ({ ...e, files: attachments.map((a) => a.filename) })),
    transport: rt.mailer.transport,
  }
}

export default function Mailbox({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <PageHeader title={t('mailbox.title')} />
      <p className="body">{t('mailbox.lede')}</p>
      <Table
        empty={t('mailbox.empty')}
        rows={loaderData.emails}
        columns={[
          { header: t('mailbox.to'), dir: 'ltr', cell: (e) => e.to },
          { header: t('mailbox.subject'), cell: (e) => <Link to={`/dev/mailbox/${e.id}`}>{e.subject}</Link> },
          { header: t('mailbox.sent'), cell: (e) => formatDateTime(locale, new Date(e.createdAt)) },
          {
            header: t('mailbox.attachments'),
            cell: (e) =>
              e.files.map((name, i) => (
                <a key={i} href={`/dev/mailbox/${e.id}/attachments/${i}`} download={name} dir="ltr">
                  {name}
                </a>
              )),
          },
        ]}
      />
    </>
  )
}
