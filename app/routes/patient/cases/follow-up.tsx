import { savedNotice } from '#app/forms/check-in.server.ts'
import { Link } from 'react-router'
import { CheckInLink, FollowUpPlan } from '#app/components/follow-up.tsx'
import { CasePage } from '#app/components/case-nav.tsx'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { casePath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import type { Route } from './+types/follow-up'

// The family's follow-up (ADR 0065): the plan made at discharge, the check-ins
// done, and the way into the next one; new problems go through the adverse
// event form on the treatment page.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  const draft = await handle.checkInDraft()
  return {
    caseId: handle.case.id,
    followUp: await handle.followUp(),
    started: draft.ok && Object.keys(draft.value.draft).length > 0,
    saved: savedNotice(new URL(request.url).searchParams.get('saved')),
  }
}

export default function FamilyFollowUp({ loaderData: d }: Route.ComponentProps) {
  const t = useT()
  return (
    <CasePage caseId={d.caseId} current="follow-up" title={t('followUp.title')}>
      {d.saved ? <NotificationBanner tone="success" title={t(d.saved)} /> : null}
      <div className="two-thirds">
        <p className="body">{t('followUp.intro')}</p>
        {d.followUp.treatmentEnded && d.followUp.checkInsOpen ? (
          <CheckInLink href={casePath(d.caseId, 'follow-up/check-in/check')} started={d.started} />
        ) : null}
      </div>
      <FollowUpPlan view={d.followUp} />
      {d.followUp.treatmentEnded ? (
        <p className="body">
          <Link to={casePath(d.caseId, 'treatment')}>{t('followUp.adverseEvent')}</Link>
        </p>
      ) : null}
    </CasePage>
  )
}
