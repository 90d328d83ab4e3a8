import { randomUUID } from 'node:crypto'
import {
  checkApplication,
  decideApplicant,
  providerSlug,
  type ApplicantRefusal,
  type ApplicationInput,
  type ApplicationProblem,
} from '#domain/review/clinic-application.ts'
import { asProviderId, type ProviderId, type UserId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { lockAccount, makeClinicStaff, putTeamMember } from '../../stores/clinic-team-store.ts'
import { insertAppliedProvider } from '../../stores/onboarding-store.ts'

// A clinic applies to be listed (issue 16, ADR 0053). The applicant's account
// becomes the clinic's administrator; a patient account on no case becomes
// clinic staff (and must then set up two-step sign-in before the clinic
// area opens). The clinic starts `pending`: nothing of it is public until a
// reviewer approves it (ADR 0052).
type ApplyDeps = Pick<CaseDeps, 'db' | 'clock'>

/** Whether this account may apply at all, so the page can say so before the form. */
export async function mayApplyForClinic(deps: ApplyDeps, userId: UserId): Promise<boolean> {
  const account = await lockAccount(deps.db, userId)
  return account !== null && decideApplicant(account).ok
}

export async function applyForClinic(
  deps: ApplyDeps,
  userId: UserId,
  input: ApplicationInput,
): Promise<
  Result<{ providerId: ProviderId; becomesStaff: boolean }, (ApplicationProblem | ApplicantRefusal)[]>
> {
  const now = deps.clock.now()
  return deps.db.transaction(async (tx) => {
    // Locked, so the account's role changes once even if two applications race.
    const account = await lockAccount(tx, userId)
    if (!account) return err([{ code: 'onboarding.account-in-use' } as const])
    const applicant = decideApplicant(account)
    if (!applicant.ok) return err([applicant.error])
    const checked = checkApplication(input)
    if (!checked.ok) return checked
    const a = checked.value
    const id = randomUUID()
    const providerId = asProviderId(id)
    const countryName = new Intl.DisplayNames(['en'], { type: 'region' }).of(a.countryCode) ?? a.countryCode
    await insertAppliedProvider(tx, {
      id,
      // The id's first part keeps two clinics of one name apart (ADR 0053).
      slug: providerSlug(a.name, id.slice(0, 8)),
      name: a.name,
      kind: a.kind,
      countryCode: a.countryCode,
      city: a.city,
      address: a.address,
      summary: '',
      languages: a.languages,
      internationalDesk: a.internationalDesk,
      timeZone: a.timeZone,
      registrationNumber: a.registrationNumber,
      contactEmail: a.contactEmail,
      contactPhone: a.contactPhone,
      searchText: [a.name, a.city, countryName, a.kind].join(' ').toLowerCase(),
      isDemo: false,
      reviewStatus: 'pending',
      appliedByUserId: userId,
      appliedAt: now,
    })
    if (applicant.value.becomesStaff) await makeClinicStaff(tx, userId)
    await putTeamMember(tx, userId, providerId, 'clinic-administrator')
    await appendAudit(tx, {
      actorUserId: userId,
      action: 'clinic.applied',
      subjectType: 'provider',
      subjectId: id,
      details: { becameStaff: applicant.value.becomesStaff },
    })
    return ok({ providerId, becomesStaff: applicant.value.becomesStaff })
  })
}
