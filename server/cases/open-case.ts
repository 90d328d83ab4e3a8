import type { Role } from '#domain/accounts/roles.ts'
import { isShareableSection, type CaseShare } from '#domain/cases/case-consent.ts'
import { referralReadsRecords, shareThroughReferral } from '#domain/referrals/records-through-referral.ts'
import type { CaseId, MemberId, ProviderId, UserId } from '#domain/shared/ids.ts'
import { auditRead } from '../audit/audit-log.ts'
import { findCase, findMemberCase, findReferredCase, type CaseRow } from '../stores/case-store.ts'
import type { CaseDeps } from './case-deps.ts'
import { caseContext, type CaseActor, type CaseContext } from './case-context.ts'
import { openCaseKey } from './case-vault.ts'
import {
  clinicHandle,
  coordinatorHandle,
  type ClinicCaseHandle,
  type CoordinatorCaseHandle,
} from './staff-case-handles.ts'
import { memberHandle, type MemberCaseHandle } from './member-case-handle.ts'
import { findSecondOpinionCase } from '../stores/second-opinion-store.ts'
import { secondOpinionHandle, type SecondOpinionCaseHandle } from './second-opinion-handles.ts'

// One gate to a case (docs/decisions/0032; Medplum's getRepoForLogin): who is
// asking decides what they get. Anyone the case is not open to gets null,
// which routes answer with 404. The handle carries a read model shaped for
// that audience and only the commands that audience may run; the row, the
// key and the database stay inside server/.
export type CaseViewer = { id: UserId; role: Role; name: string; locale: string }

export type CaseHandle = MemberCaseHandle | CoordinatorCaseHandle | ClinicCaseHandle | SecondOpinionCaseHandle
export type CaseAudience = CaseHandle['audience']

export type OpenCaseOptions = {
  requestId?: string | null
  /**
   * What the request reads: the case (a page about it), or one of its
   * documents (a download, audited as a document read instead).
   */
  reading?: 'case' | 'document'
  /**
   * For clinic staff: the provider whose referral is opened. Needed only by
   * someone working for two providers the case was referred to; without it
   * such a person gets null rather than an arbitrary one of the two.
   */
  providerId?: ProviderId | null
}

function actorOf(viewer: CaseViewer, kind: CaseActor['kind'], member?: CaseActor['member']): CaseActor {
  return { userId: viewer.id, kind, name: viewer.name, locale: viewer.locale, member }
}

function contextOf(
  deps: CaseDeps,
  row: CaseRow,
  actor: CaseActor,
  requestId: string | null,
): CaseContext | null {
  const key = openCaseKey(row.wrappedKey, deps.keys.master)
  return key ? caseContext(row, key, actor, requestId) : null
}

export async function openCase(
  deps: CaseDeps,
  viewer: CaseViewer,
  caseId: CaseId,
  options: OpenCaseOptions = {},
): Promise<CaseHandle | null> {
  const requestId = options.requestId ?? null
  const auditCase = async (
    as: 'coordinator' | 'clinic' | 'second-opinion',
    details?: Record<string, unknown>,
  ) => {
    if (options.reading === 'document') return
    await auditRead(deps.db, { viewer, as, subject: { type: 'case', id: caseId }, requestId, details })
  }
  switch (viewer.role) {
    case 'patient':
    case 'caregiver': {
      const found = await findMemberCase(deps.db, viewer.id, caseId)
      if (!found) return null
      const member = { id: found.member.id as MemberId, role: found.member.role }
      const kind: CaseActor['kind'] = member.role === 'patient' ? 'patient' : 'caregiver'
      const ctx = contextOf(deps, found.row, actorOf(viewer, kind, member), requestId)
      return ctx ? memberHandle(deps, ctx) : null
    }
    case 'coordinator':
    case 'admin': {
      const row = await findCase(deps.db, caseId)
      const ctx = row && contextOf(deps, row, actorOf(viewer, 'coordinator'), requestId)
      if (!ctx) return null
      // Every staff read of health data is audited, before anything is returned.
      await auditCase('coordinator')
      return coordinatorHandle(deps, ctx)
    }
    case 'clinic-staff': {
      // Referred to their provider, consent given now, not a draft (ADR 0046).
      const matches = await findReferredCase(deps.db, viewer.id, caseId, options.providerId ?? null)
      const found = matches.length === 1 ? matches[0] : null
      const ctx = found && contextOf(deps, found.row, actorOf(viewer, 'clinic-staff'), requestId)
      if (!found || !ctx) return null
      const consent: CaseShare = {
        providerId: found.share.providerId,
        status: found.share.status,
        documentIds: found.share.documentIds,
        sections: found.share.sections.filter(isShareableSection),
      }
      // The family's records reach the clinic only while its referral is open (ADR 0083).
      const share = shareThroughReferral(consent, found.referralStatus)
      await auditCase('clinic', { providerId: share.providerId })
      return clinicHandle(deps, ctx, share, found.clinicRole, referralReadsRecords(found.referralStatus))
    }
    case 'second-opinion-doctor': {
      // Only through a request for this doctor that the family agreed to (ADR 0050).
      const found = await findSecondOpinionCase(deps.db, viewer.id, caseId)
      const ctx = found && contextOf(deps, found.row, actorOf(viewer, 'second-opinion-doctor'), requestId)
      if (!found || !ctx) return null
      await auditCase('second-opinion', { secondOpinionId: found.opinion.id })
      return secondOpinionHandle(deps, ctx, found.opinion)
    }
    default:
      return null
  }
}
