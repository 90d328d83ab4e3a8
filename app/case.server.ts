import { data, redirect } from 'react-router'
import type { Area } from '#domain/accounts/roles.ts'
import { parseCaseId, parseProviderId } from '#domain/shared/ids.ts'
import { caseDepsOf, type CaseDeps } from '#server/cases/case-deps.ts'
import {
  openCase,
  type CaseAudience,
  type CaseHandle,
  type OpenCaseOptions,
} from '#server/cases/open-case.ts'
import { requireArea, runtime } from '#app/request.server.ts'
import { casePath } from '#app/lib/case-paths.ts'

// How a route reaches a case: sign-in and area first, the id parsed once, then
// the one gate (server/cases/open-case.ts). Anything else is "not found".
const areaOf: Record<CaseAudience, Area> = {
  member: 'patient',
  coordinator: 'coordinator',
  clinic: 'clinic',
  'second-opinion': 'second-opinions',
}

export async function requireCase<A extends CaseAudience>(
  request: Request,
  caseIdParam: string | undefined,
  audience: A,
  options: Omit<OpenCaseOptions, 'requestId'> = {},
): Promise<Extract<CaseHandle, { audience: A }>> {
  const viewer = await requireArea(request, areaOf[audience])
  const caseId = parseCaseId(caseIdParam)
  const handle = caseId
    ? await openCase(await caseDeps(), viewer, caseId, {
        ...options,
        providerId: providerOf(request),
        requestId: request.headers.get('x-request-id'),
      })
    : null
  if (!handle || handle.audience !== audience) throw data(null, { status: 404 })
  return handle as Extract<CaseHandle, { audience: A }>
}

/**
 * The provider a clinic page is about (`?provider=`), for staff of two
 * providers the same case was referred to; absent, the gate opens the case
 * only when one referral fits (ADR 0046).
 */
export function providerOf(request: Request) {
  return parseProviderId(new URL(request.url).searchParams.get('provider') ?? undefined)
}

/**
 * A member's case whose intake can still change. Once it is sent, the intake
 * pages send the person to the case's own page, which says it was sent.
 */
export async function requireEditableCase(request: Request, caseIdParam: string | undefined) {
  const handle = await requireCase(request, caseIdParam, 'member')
  if (!handle.case.editable) throw redirect(`${casePath(handle.case.id)}?sent=1`)
  return handle
}

type CanReadChoices = Extract<CaseHandle, { chosenOffers: unknown }>

/**
 * What a case has chosen and shared, for the pages that read it back (check
 * answers, the coordinator's case): the offers, the documents and, per
 * provider, what the patient shares with them.
 */
export async function choicesAndShares(handle: CanReadChoices) {
  const [offers, documents, shares] = await Promise.all([
    handle.chosenOffers(),
    handle.documents(),
    handle.shares(),
  ])
  return {
    offers: offers.map((o) => ({
      id: o.offerId,
      title: o.title,
      providerName: o.providerName,
      providerId: o.providerId,
    })),
    documents: documents.map((d) => ({
      id: d.id,
      name: d.meta.filename,
      kind: d.kind,
      modality: d.meta.modality ?? null,
      type: d.meta.type ?? null,
    })),
    shares: shares.map((s) => ({
      providerId: s.providerId,
      providerName: offers.find((o) => o.providerId === s.providerId)?.providerName ?? s.providerId,
      status: s.status,
      documents: s.documentIds.length,
      sections: s.sections,
    })),
  }
}

/** What the case use cases outside one case (lists, starting one, invitations) need. */
export async function caseDeps(): Promise<CaseDeps> {
  return caseDepsOf(await runtime())
}
