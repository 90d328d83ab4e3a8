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
  from?: string | null
  to: string
  reason: string | null
  text: string | null
}

// A changed plan's steps (ADR 0081) leave the referral accepted: the entry
// names the step instead of the status it stayed in.
const planStepKeys: Record<string, MessageKey> = {
  'referral.plan-revised:price-changed': 'referral.step.planChanged',
  'referral.plan-revised:confirmed': 'referral.step.planConfirmed',
  'referral.plan-revision-accepted': 'referral.step.planChangeAccepted',
  'referral.plan-revision-declined': 'referral.step.planChangeDeclined',
  'referral.plan-revision-withdrawn': 'referral.step.planChangeWithdrawn',
}
const planStepOf = (e: TimelineEntry): MessageKey | undefined =>
  // A plan sent while one was already out replaces it: said so, not "Plan proposed" again.
  e.type === 'referral.plan-proposed' && e.from === 'plan-proposed'
    ? 'referral.step.planReplaced'
    : planStepKeys[e.type === 'referral.plan-revised' ? `${e.type}:${e.reason}` : e.type]

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
      {entries.map((e, i) => {
        const step = planStepOf(e)
        return (
          <li key={`${e.at}-${i}`}>
            <p className="body">
              {/* No name: an account erased since, or the family's, which a clinic is not shown. */}
              {t(e.actorName === null ? 'referral.timeline.entryByRole' : 'referral.timeline.entry', {
                date: formatDate(locale, new Date(e.at)),
                who: e.actorName ?? '',
                role: t(`referral.role.${e.actorRole}` as MessageKey),
                status: step ? t(step) : t(`referral.status.${e.to}` as MessageKey),
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
        )
      })}
    </ol>
  )
}

/** Dates cross the wire as ISO strings. */
export function timelineOf(events: readonly (Omit<TimelineEntry, 'at'> & { at: Date })[]): TimelineEntry[] {
  return events.map((e) => ({ ...e, at: e.at.toISOString() }))
}
