import {
  clinicToday,
  expiredOn,
  reverificationReason,
  REVERIFY_AFTER_DAYS,
} from '#domain/review/credential-expiry.ts'
import { parseCalendarDate } from '#domain/shared/calendar-date.ts'
import type { Runtime } from '../../runtime.ts'
import { credentialsPossiblyDue } from '../../stores/credential-store.ts'

const DAY_MS = 86_400_000

/**
 * For reviewers: approved credentials to verify again now (expired, or last
 * verified more than 90 days ago), whose clinics cannot send quotes until
 * then (issue 16, ADR 0057). Clinic names and references only.
 */
export async function listCredentialsDueForReverification(rt: Runtime, now = new Date()) {
  // A day early in SQL, so a clinic ahead of UTC is not missed; the domain decides each row.
  const tomorrow = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10)
  const rows = await credentialsPossiblyDue(
    rt.database.db,
    tomorrow,
    new Date(now.getTime() - REVERIFY_AFTER_DAYS * DAY_MS),
  )
  return rows.flatMap((r) => {
    const reason = reverificationReason(r, now, clinicToday(now, r.timeZone))
    if (!reason) return []
    const validTo = parseCalendarDate(r.validTo)
    return [
      {
        id: r.id,
        providerName: r.providerName,
        kind: r.kind,
        reference: r.reference,
        reason,
        expiredOn: reason === 'expired' && validTo ? expiredOn(validTo) : null,
        verifiedAt: r.verifiedAt,
      },
    ]
  })
}
