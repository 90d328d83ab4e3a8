import { Link } from 'react-router'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { casePath, questionPath } from '#app/lib/case-paths.ts'
import { useT } from '#app/lib/i18n.ts'
import { requireCase } from '#app/case.server.ts'
import type { Route } from './+types/no-authority'

// After "neither" to "Are you allowed to act for them?": the case cannot go
// on (domain/intake/authority.ts), and this page says, kindly, what the
// person can do instead.
export async function loader({ request, params }: Route.LoaderArgs) {
  const handle = await requireCase(request, params.caseId, 'member')
  return { caseId: handle.case.id }
}

export default function NoAuthority({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { caseId } = loaderData
  return (
    <div className="two-thirds">
      <PageTitle title={t('noAuthority.title')} />
      <h1 className="heading-xl">{t('noAuthority.title')}</h1>
      <p className="body">{t('noAuthority.why')}</p>
      <h2 className="heading-m">{t('noAuthority.next')}</h2>
      <ul className="list list--bullet">
        <li>{t('noAuthority.ask')}</li>
        <li>{t('noAuthority.invite')}</li>
        <li>{t('noAuthority.legal')}</li>
      </ul>
      <p className="body">
        <Link to={questionPath(caseId, 'authority')}>{t('noAuthority.change')}</Link>
      </p>
      <p className="body">
        <Link to={casePath(caseId)}>{t('noAuthority.case')}</Link>
      </p>
    </div>
  )
}
