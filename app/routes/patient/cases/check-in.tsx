import { CheckInRoute, type CheckInPaths } from '#app/components/follow-up.tsx'
import { casePath } from '#app/lib/case-paths.ts'
import { requireCase } from '#app/case.server.ts'
import { checkInAction, checkInPage } from '#app/forms/check-in.server.ts'
import type { Route } from './+types/check-in'

// A follow-up check-in, one question per page (ADR 0065): the patient, or a
// caregiver on their behalf, answers; the draft is kept sealed between pages.
const pathsOf = (caseId: string): CheckInPaths => ({
  plan: casePath(caseId, 'follow-up'),
  step: (step) => casePath(caseId, `follow-up/check-in/${step}`),
})

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  return { caseId: handle.case.id, page: await checkInPage(handle, params.step, pathsOf(handle.case.id)) }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  return checkInAction(handle, params.step, request, pathsOf(handle.case.id))
}

export default function FamilyCheckIn({ loaderData, actionData }: Route.ComponentProps) {
  return <CheckInRoute page={loaderData.page} actionData={actionData} paths={pathsOf(loaderData.caseId)} />
}
