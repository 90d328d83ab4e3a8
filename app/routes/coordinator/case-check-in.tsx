import { CheckInRoute, type CheckInPaths } from '#app/components/follow-up.tsx'
import { requireCase } from '#app/case.server.ts'
import { checkInAction, checkInPage } from '#app/forms/check-in.server.ts'
import type { Route } from './+types/case-check-in'

// The coordinator records a check-in over the phone (ADR 0065): the same
// pages as the family's, with "who answered" fixed to the coordinator by phone.
const pathsOf = (caseId: string): CheckInPaths => ({
  plan: `/coordinator/cases/${caseId}/follow-up`,
  step: (step) => `/coordinator/cases/${caseId}/follow-up/check-in/${step}`,
})

export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  return { caseId: handle.case.id, page: await checkInPage(handle, params.step, pathsOf(handle.case.id)) }
}

export async function action({ request, params }: Route.ActionArgs) {
  const handle = await requireCase(request, params.caseId, 'coordinator')
  return checkInAction(handle, params.step, request, pathsOf(handle.case.id))
}

export default function PhoneCheckIn({ loaderData, actionData }: Route.ComponentProps) {
  return <CheckInRoute page={loaderData.page} actionData={actionData} paths={pathsOf(loaderData.caseId)} />
}
