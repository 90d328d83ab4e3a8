import { digestDue, digestOf } from '#domain/cases/daily-digest.ts'
import { parseQueueFilters, queueStages } from '#domain/cases/queue-filters.ts'
import { asUserId } from '#domain/shared/ids.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { claimDigest, digestRecipients, newUnassignedCases, queuePage } from '../../stores/queue-store.ts'
import { queueQueryFor } from '../cases/case-lists.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const MOST = 20

/**
 * The hourly job: each coordinator whose local morning has come and who has
 * not had today's digest gets one email naming, by reference only, the
 * overdue cases that are theirs or nobody's and the cases sent in the last
 * day that nobody has taken. Nothing about the patients, and no email on a
 * day with nothing to say.
 */
export async function sendDailyDigests(
  deps: Pick<CaseDeps, 'db' | 'clock' | 'keys' | 'notify'>,
): Promise<{ sent: number }> {
  const now = deps.clock.now()
  let sent = 0
  for (const person of await digestRecipients(deps.db)) {
    const { due, localDate } = digestDue(now, person.timeZone ?? 'UTC', person.lastSentOn)
    if (!due) continue
    const overdueOf = async (assigned: 'me' | 'unassigned') => {
      const filters = parseQueueFilters({ overdue: '1', assigned })
      const { query, bounds } = queueQueryFor(deps.keys.master, asUserId(person.id), filters, now)
      const rows = await queuePage(deps.db, { ...query, limit: MOST }, now, bounds)
      return rows.map((r) => r.reference)
    }
    const digest = digestOf(
      [...(await overdueOf('me')), ...(await overdueOf('unassigned'))],
      await newUnassignedCases(deps.db, new Date(now.getTime() - DAY_MS), queueStages, MOST),
    )
    // Claimed even on a quiet day, so the hourly job does not ask again until tomorrow.
    if (!(await claimDigest(deps.db, person.id, localDate)) || !digest) continue
    await deps.notify.email({
      template: 'coordinator-digest',
      to: person.email,
      locale: person.locale ?? 'en',
      params: {
        name: person.name,
        url: `${deps.notify.publicUrl}/coordinator/cases?overdue=1`,
        overdue: digest.overdue.join(', '),
        fresh: digest.fresh.join(', '),
        overdueCount: digest.overdue.length,
        newCount: digest.fresh.length,
      },
    })
    sent++
  }
  return { sent }
}
