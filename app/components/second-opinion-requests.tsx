import type { ReactNode } from 'react'
import { formatDate } from '#domain/i18n/format.ts'
import type { SecondOpinionStatus } from '#domain/second-opinions/second-opinion.ts'
import { Tag } from '#app/components/ui/tag.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'

export type SecondOpinionItem = {
  id: string
  doctorName: string
  status: SecondOpinionStatus
  version: number
  requestedAt: string
  comment: string | null
  /** A clinic sent a plan after this comment (the family's comparison says so). */
  aboutEarlierPlan?: boolean
}

const tones = {
  'awaiting-family': 'yellow',
  agreed: 'blue',
  declined: 'grey',
  answered: 'green',
  withdrawn: 'grey',
} as const

/** A case's second-opinion requests: who was asked, where each stands, the comment once written. */
export function SecondOpinionRequests({
  requests,
  actions,
}: {
  requests: SecondOpinionItem[]
  /** What the reader may do with a request (withdraw, agree), under it. */
  actions?: (request: SecondOpinionItem) => ReactNode
}) {
  const t = useT()
  const locale = useLocale()
  if (requests.length === 0) return <p className="body">{t('secondOpinion.none')}</p>
  return (
    <ul className="list">
      {requests.map((r) => (
        <li key={r.id} data-testid="second-opinion">
          <h3 className="heading-s">
            {t('secondOpinion.askedOf', {
              name: r.doctorName,
              date: formatDate(locale, new Date(r.requestedAt)),
            })}
          </h3>
          <p className="body">
            <Tag tone={tones[r.status]}>{t(`secondOpinion.status.${r.status}`)}</Tag>
          </p>
          {r.comment !== null ? (
            <>
              <h4 className="heading-s">{t('secondOpinion.comment')}</h4>
              <p className="body two-thirds pre-wrap" dir="auto" data-testid="second-opinion-comment">
                {r.comment}
              </p>
              {r.aboutEarlierPlan ? (
                <p className="body two-thirds" data-testid="second-opinion-earlier">
                  <strong>{t('secondOpinion.aboutEarlierPlan')}</strong>
                </p>
              ) : null}
            </>
          ) : null}
          {actions?.(r)}
        </li>
      ))}
    </ul>
  )
}
