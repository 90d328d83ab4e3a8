import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { useT } from '#app/lib/i18n.ts'
import { publicPageHeaders } from '#app/lib/public-page.ts'

export const headers = publicPageHeaders

export default function HowWeRank() {
  const t = useT()
  return (
    <div className="two-thirds">
      <PageTitle title={t('rank.title')} />
      <h1 className="heading-xl">{t('rank.title')}</h1>
      <p className="lede">{t('rank.lede')}</p>
      <h2 className="heading-m">{t('rank.what')}</h2>
      <ol className="list list--numbered">
        <li>{t('rank.relevance')}</li>
        <li>{t('rank.verification')}</li>
        <li>{t('rank.name')}</li>
      </ol>
      <p className="body">{t('rank.sorts')}</p>
      <h2 className="heading-m">{t('rank.never')}</h2>
      <ul className="list list--bullet">
        <li>{t('rank.never.payment')}</li>
        <li>{t('rank.never.reviews')}</li>
      </ul>
      <p className="body">{t('rank.policy')}</p>
    </div>
  )
}
