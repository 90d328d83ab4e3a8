import { data, redirect } from 'react-router'
import { isCheckInStep } from '#domain/follow-up/check-in.ts'
import type { CheckInPage, CheckInPaths } from '#app/components/follow-up.tsx'
import type { CoordinatorCaseHandle } from '#server/cases/staff-case-handles.ts'
import type { MemberCaseHandle } from '#server/cases/member-case-handle.ts'
import { readFields, refuse, type FormFields } from './action.server.ts'

// The check-in's pages, for the family (their own pages) and the coordinator
// (recording over the phone): one loader and one action over either handle,
// so both ask exactly the same questions the same way (ADR 0065).
type CheckInHandle = Pick<
  MemberCaseHandle | CoordinatorCaseHandle,
  'checkInDraft' | 'answerCheckIn' | 'submitCheckIn'
>

const rawOf = (fields: FormFields) =>
  Object.fromEntries(Object.entries(fields).flatMap(([k, v]) => (v[0] === undefined ? [] : [[k, v[0]]])))

export async function checkInPage(
  handle: CheckInHandle,
  stepParam: string | undefined,
  paths: CheckInPaths,
): Promise<CheckInPage> {
  const opened = await handle.checkInDraft()
  // Before discharge, or once the case has ended, there is nothing to check in
  // about: an explanatory page, not an error.
  if (!opened.ok)
    return {
      open: false as const,
      reason: opened.error.code === 'follow-up.case-closed' ? ('closed' as const) : ('not-yet' as const),
    }
  const { draft, byPhone, next } = opened.value
  const step =
    stepParam === 'check' ? ('check' as const) : isCheckInStep(stepParam, draft, byPhone) ? stepParam : null
  if (!step) throw data(null, { status: 404 })
  // The check page before every page is answered: the first one still open.
  if (step === 'check' && next !== 'check') throw redirect(paths.step(next))
  return { open: true as const, step, draft, byPhone }
}

export async function checkInAction(
  handle: CheckInHandle,
  stepParam: string | undefined,
  request: Request,
  paths: CheckInPaths,
) {
  const opened = await handle.checkInDraft()
  if (!opened.ok) return refuse(opened.error)
  const fields = await readFields(request)
  if (stepParam === 'check') {
    const sent = await handle.submitCheckIn()
    // A check-in outside any visit's window is kept and charted, and the planned visit stays due.
    if (sent.ok) throw redirect(`${paths.plan}?saved=${sent.value.visitId ? 'checkIn' : 'checkInExtra'}`, 303)
    if (sent.error.code === 'follow-up.incomplete') throw redirect(paths.step(sent.error.step), 303)
    return refuse(sent.error, fields)
  }
  const { draft, byPhone } = opened.value
  if (!isCheckInStep(stepParam, draft, byPhone)) throw data(null, { status: 404 })
  const saved = await handle.answerCheckIn(stepParam, rawOf(fields))
  if (!saved.ok) return refuse(saved.error, fields)
  throw redirect(paths.step(saved.value.next), 303)
}

/**
 * The notice after a check-in, from the address the action sent the person to.
 * The family sent theirs; the coordinator recorded one by phone, and is not thanked for it.
 */
export function savedNotice(saved: string | null, by: 'family' | 'coordinator' = 'family') {
  if (by === 'coordinator')
    return saved === 'checkIn'
      ? ('followUp.saved.phoneCheckIn' as const)
      : saved === 'checkInExtra'
        ? ('followUp.saved.phoneCheckInExtra' as const)
        : null
  return saved === 'checkIn'
    ? ('followUp.saved.checkIn' as const)
    : saved === 'checkInExtra'
      ? ('followUp.saved.checkInExtra' as const)
      : null
}
