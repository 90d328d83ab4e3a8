import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import { PageHeader } from '#app/components/patterns/page-header.tsx'
import { useT } from '#app/lib/i18n.ts'

export type CaseSection =
  | 'case'
  | 'messages'
  | 'quotes'
  | 'consultations'
  | 'second-opinion'
  | 'travel'
  | 'itinerary'
  | 'treatment'
  | 'follow-up'
  | 'reviews'
  | 'documents'
  | 'consent'
  | 'people'
  | 'privacy'

const sections: { id: CaseSection; path: string }[] = [
  { id: 'case', path: '' },
  { id: 'messages', path: '/messages' },
  { id: 'quotes', path: '/quotes' },
  { id: 'consultations', path: '/consultations' },
  { id: 'second-opinion', path: '/second-opinion' },
  { id: 'travel', path: '/travel' },
  { id: 'itinerary', path: '/itinerary' },
  { id: 'treatment', path: '/treatment' },
  { id: 'follow-up', path: '/follow-up' },
  { id: 'reviews', path: '/reviews' },
  { id: 'documents', path: '/documents' },
  { id: 'consent', path: '/consent' },
  { id: 'people', path: '/people' },
  { id: 'privacy', path: '/privacy' },
]

/** The parts of one case, the same on every case page. */
export function CaseNav({ caseId, current }: { caseId: string; current: CaseSection }) {
  const t = useT()
  return (
    <nav aria-label={t('case.nav.label')}>
      <ul className="case-nav">
        {sections.map((s) => (
          <li key={s.id}>
            <Link
              to={`/patient/cases/${caseId}${s.path}`}
              aria-current={s.id === current ? 'page' : undefined}
            >
              {t(`case.nav.${s.id}` as MessageKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** A page of one case: its title, any errors, its heading, the case's parts, then the page. */
export function CasePage({
  caseId,
  current,
  children,
  ...header
}: { caseId: string; current: CaseSection; children: ReactNode } & Pick<
  Parameters<typeof PageHeader>[0],
  'title' | 'failure' | 'failed'
>) {
  return (
    <div>
      <PageHeader {...header} />
      <CaseNav caseId={caseId} current={current} />
      {children}
    </div>
  )
}
