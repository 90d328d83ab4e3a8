import { formatDate } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { useLocale, useT } from '#app/lib/i18n.ts'

// A referral's history as staff read it: when, who in which role (the role
// alone when the name is not theirs to read), the status it reached, the
// reason code and what was written with the step.
export type TimelineEntry = {
  at: string
  type: string
  actorName: string | null
  actorRole: string
  to: string
  reason: string | null
  text: string | null
}

const reasonKeys: Record<string, string> = {
  'referral.found-not-eligible': 'referral.notEligibleReason',
  'referral.declined-by-clinic': 'referral.declineReason',
  'referral.withdrawn': 'referral.withdrawReason',
}

export function ReferralTimeline({
  entries,
  headingId,
}: {
  entries: readonly TimelineEntry[]
  headingId: string
}) {
  const t = useT()
  const locale = useLocale()
  return (
    <ol className="list" aria-labelledby={headingId}>
      {entries.map((e, i) => (
        <li key={`${e.at}-${i}`}>
          <p className="body">
            {/* No name: an account erased since, or the family's, which a clinic is not shown. */}
            {t(e.actorName === null ? 'referral.timeline.entryByRole' : 'referral.timeline.entry', {
              date: formatDate(locale, new Date(e.at)),
              who: e.actorName ?? '',
              role: t(`referral.role.${e.actorRole}` as MessageKey),
              status: t(`referral.status.${e.to}` as MessageKey),
            })}
          </p>
          {e.reason && reasonKeys[e.type] ? (
            <p className="hint">
              {t('referral.timeline.reason', {
                reason: t(`${reasonKeys[e.type]}.${e.reason}` as MessageKey),
              })}
            </p>
          ) : null}
          {e.text ? (
            <div className="inset-text" dir="auto">
              {e.text}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  )
}

/** Dates cross the wire as ISO strings. */
export function timelineOf(events: readonly (Omit<TimelineEntry, 'at'> & { at: Date })[]): TimelineEntry[] {
  return events.map((e) => ({ ...e, at: e.at.toISOString() }))
}
