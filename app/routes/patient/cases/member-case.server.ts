import { data, redirect } from 'react-router'
import { mayEditIntake } from '#domain/cases/case-editing.ts'
import { findCaseForMember, type MemberCase } from '#server/use-cases/cases/case-records.ts'
import type { SessionUser } from '#server/auth/session.ts'
import type { Runtime } from '#server/runtime.ts'
import { requireArea, runtime } from '#app/request.server.ts'

/**
 * Every patient-side case page: the signed-in person must be an active member
 * of this case. Anyone else, including staff, gets "not found".
 */
export async function requireMemberCase(
  request: Request,
  caseId: string | undefined,
): Promise<{ viewer: SessionUser; rt: Runtime; found: MemberCase }> {
  const viewer = await requireArea(request, 'patient')
  const rt = await runtime()
  const found =
    caseId && /^[0-9a-f-]{36}$/.test(caseId) ? await findCaseForMember(rt, viewer.id, caseId) : null
  if (!found) throw data(null, { status: 404 })
  return { viewer, rt, found }
}

/** The patient side may change answers only before the case is sent (or when it is sent back). */
export function requireEditable(found: MemberCase): void {
  if (!mayEditIntake(found.row.stage)) throw redirect(`/patient/cases/${found.row.id}?sent=1`)
}

export function formFields(form: FormData): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  for (const [k, v] of form.entries()) {
    if (typeof v !== 'string') continue
    ;(fields[k] ??= []).push(v.replace(/\u0000/g, ''))
  }
  return fields
}
