import { Link } from 'react-router'
import { formatDate } from '#domain/i18n/format.ts'
import { casesForReviewingDoctor } from '#server/use-cases/second-opinions/second-opinions.ts'
import { AreaLanding } from '#app/components/area-landing.tsx'
import { Table } from '#app/components/patterns/table.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'
import { caseDeps } from '#app/case.server.ts'
import { requireArea } from '#app/request.server.ts'
import type { Route } from './+types/home'

// The reviewing doctor's area (ADR 0050): the cases whose family agreed to a
// second opinion from this doctor, and nothing else.
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireArea(request, 'second-opinions')
  const cases = await casesForReviewingDoctor(await caseDeps(), user.id)
  return {
    user: { name: user.name, role: user.role },
    cases: cases.map((c) => ({ ...c, id: c.caseId, requestedAt: c.requestedAt.toISOString() })),
  }
}

export default function SecondOpinionsHome({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <AreaLanding
      title="second-opinions.title"
      lede="second-opinions.lede"
      user={loaderData.user}
      can={[{ key: 'second-opinions.can.read' }, { key: 'second-opinions.can.comment' }]}
    >
      <h2 className="heading-m">{t('second-opinions.cases')}</h2>
      {/* The heading above names the table: its caption stays for screen readers only. */}
      <Table
        caption={t('second-opinions.cases')}
        empty={t('second-opinions.none')}
        rows={loaderData.cases}
        testId="second-opinion-cases"
        columns={[
          {
            header: t('second-opinions.column.reference'),
            rowHeader: true,
            cell: (c) => (
              <Link to={`/second-opinions/${c.caseId}`} className="nowrap link-target">
                {c.reference}
              </Link>
            ),
          },
          {
            header: t('second-opinions.column.asked'),
            cell: (c) => formatDate(locale, new Date(c.requestedAt)),
          },
          {
            header: t('second-opinions.column.status'),
            // Their own list speaks to the doctor: an agreed request waits on them.
            cell: (c) => (
              <Tag>
                {t(
                  c.status === 'agreed'
                    ? 'secondOpinion.status.agreedYourTurn'
                    : `secondOpinion.status.${c.status}`,
                )}
              </Tag>
            ),
          },
        ]}
      />
    </AreaLanding>
  )
}
