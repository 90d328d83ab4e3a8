import { data, Form, Link, useLocation } from 'react-router'
import { NotificationBanner } from '#app/components/patterns/notification-banner.tsx'
import { PageTitle } from '#app/components/patterns/page-title.tsx'
import { SearchBar } from '#app/components/search-bar.tsx'
import { SelectField } from '#app/components/patterns/select-field.tsx'
import { Tag } from '#app/components/ui/tag.tsx'
import { useT } from '#app/lib/i18n.ts'
import { localeOf, runtime } from '#app/request.server.ts'
import { fromUsdCents } from '#domain/cases/viewer-currency.ts'
import { formatDate, formatMoneyAmount, displayName } from '#domain/i18n/format.ts'
import { admit, createAdmission } from '#domain/search/cache-admission.ts'
import { pathways, searchHref, sorts } from '#domain/search/search-query.ts'
import { providerSearchPage } from '#server/use-cases/catalogue/provider-search.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import type { Route } from './+types/providers'
import { publicPageHeaders } from '#app/lib/public-page.ts'

// A search page is offered to the page cache when it is likely to be asked
// again (domain/search/cache-admission.ts): storing one costs more than a
// search asked once would ever save (ADR 0030).
const admission = createAdmission()
const PAGE_CACHE = 'x-waypoint-page-cache'

export const headers: Route.HeadersFunction = ({ loaderHeaders }) =>
  loaderHeaders.has(PAGE_CACHE) ? publicPageHeaders() : {}

// Region and language names are asked for every option and every result on
// every page; Intl answers the same thing each time, so ask it once.
const names = new Map<string, string>()
function nameOf(locale: Parameters<typeof displayName>[0], type: 'region' | 'language', code: string) {
  const key = `${locale}|${type}|${code}`
  let name = names.get(key)
  if (name === undefined) names.set(key, (name = displayName(locale, type, code)))
  return name
}

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const page = await providerSearchPage(await runtime(), url.searchParams)
  const locale = localeOf(request)
  // Names, prices and dates come written in the viewer's language: writing
  // them in the browser would build Intl's data while the page hydrates, tens
  // of milliseconds of a phone's main thread (ADR 0078).
  const written = {
    regions: Object.fromEntries(
      [...new Set([...page.vocabulary.countries, ...page.hits.map((h) => h.countryCode)])].map((c) => [
        c,
        nameOf(locale, 'region', c),
      ]),
    ),
    languages: Object.fromEntries(page.vocabulary.languages.map((l) => [l, nameOf(locale, 'language', l)])),
    hits: Object.fromEntries(
      page.hits.map((h) => [
        h.id,
        {
          from:
            h.minPriceUsdCents === null
              ? null
              : formatMoneyAmount(
                  locale,
                  fromUsdCents(h.minPriceUsdCents, page.rate.perUsd),
                  page.query.currency,
                ),
          lastVerified: h.lastVerifiedAt ? formatDate(locale, new Date(h.lastVerifiedAt)) : null,
        },
      ]),
    ),
  }
  return data(
    { ...page, written },
    { headers: admit(admission, url.search, Date.now()) ? publicPageHeaders() : {} },
  )
}

export const meta: Route.MetaFunction = () => [
  {
    name: 'description',
    content: 'Search vetted hospitals and clinics, with evidence and listing-policy checks on every offer.',
  },
  { property: 'og:title', content: 'Find and compare providers – Waypoint' },
  { property: 'og:type', content: 'website' },
]

export default function Providers({ loaderData: data }: Route.ComponentProps) {
  const t = useT()
  const q = data.query
  const regions = { of: (code: string) => data.written.regions[code] }
  const languages = { of: (code: string) => data.written.languages[code] }
  // A treatment named in the words shows in its filter: one treatment, or a
  // group of them ("stem cells") as the group's own option.
  const understoodTreatment =
    data.understood.treatment &&
    (data.vocabulary.treatments.includes(data.understood.treatment) ||
      data.vocabulary.treatmentGroupIds.includes(data.understood.treatment))
      ? data.understood.treatment
      : null
  const shown = {
    condition: q.condition ?? data.understood.condition,
    treatment: q.treatment ?? understoodTreatment,
    country: q.country ?? data.understood.country,
  }
  const filtersOn = [
    shown.condition,
    shown.treatment,
    q.pathway,
    shown.country,
    q.city,
    q.accreditation,
    q.language,
    q.priceMin ?? q.priceMax,
    q.verifiedOnly ? 'yes' : null,
  ].filter((v) => v !== null).length
  // The forms' fields start from the address: a new search (followed without a
  // full page load) must show its own values, so each search renders them anew.
  const searchKey = useLocation().search
  const showGuide =
    data.understood.topics.includes('stem-cells') || q.treatment === 'bm-mnc' || q.treatment === 'stem-cells'
  return (
    <>
      <PageTitle title={t('search.title')} />
      <h1 className="heading-xl">{t('search.title')}</h1>
      <p className="lede">{t('search.lede')}</p>

      <SearchBar key={searchKey} defaultValue={q.text}>
        {/* Keep the other filters when only the words change. */}
        {(['condition', 'treatment', 'pathway', 'country', 'accreditation', 'language'] as const).map((k) =>
          q[k] ? <input key={k} type="hidden" name={k} value={q[k]!} /> : null,
        )}
      </SearchBar>

      {data.ignored.length > 0 ? (
        <NotificationBanner
          title={t('search.ignored', { fields: data.ignored.map((i) => i.field).join(', ') })}
        />
      ) : null}

      {showGuide ? (
        <section className="guide-callout" aria-labelledby="guide-callout-title">
          <h2 className="heading-m" id="guide-callout-title">
            {t('search.guideBanner.title')}
          </h2>
          <p className="body">{t('search.guideBanner.body')}</p>
          <p className="body">
            <Link to="/guides/stem-cells-for-als">{t('search.guideBanner.link')}</Link>
          </p>
        </section>
      ) : null}

      <div className="search-layout">
        {/* On a small screen the results come first: the filters fold behind
            this toggle (app.css), without JavaScript too. */}
        <details className="filters-toggle">
          <summary className="filters-toggle__summary">
            {t('search.filters.toggle', { count: filtersOn })}
          </summary>
        </details>
        <Form
          key={searchKey}
          method="get"
          action="/providers"
          className="search-filters"
          aria-labelledby="filters-title"
        >
          <h2 className="heading-m" id="filters-title">
            {t('search.filters')}
          </h2>
          <input type="hidden" name="q" value={q.text} />
          <SelectField
            id="condition"
            name="condition"
            label={t('search.condition')}
            anyLabel={t('search.any')}
            value={shown.condition}
            options={data.vocabulary.conditions.map((c) => ({
              value: c,
              label: data.vocabulary.conditionNames[c] ?? c,
            }))}
          />
          <SelectField
            id="treatment"
            name="treatment"
            label={t('search.treatment')}
            anyLabel={t('search.any')}
            value={shown.treatment}
            options={[
              ...data.vocabulary.treatmentGroupIds.map((g) => ({
                value: g,
                label: t.has(`search.treatmentGroup.${g}`)
                  ? t(`search.treatmentGroup.${g}` as MessageKey)
                  : g,
              })),
              ...data.vocabulary.treatments.map((c) => ({
                value: c,
                label: data.vocabulary.treatmentNames[c] ?? c,
              })),
            ]}
          />
          <SelectField
            id="pathway"
            name="pathway"
            label={t('search.pathway')}
            anyLabel={t('search.any')}
            value={q.pathway}
            options={pathways.map((p) => ({ value: p, label: t(`search.pathway.${p}`) }))}
          />
          <SelectField
            id="country"
            name="country"
            label={t('search.country')}
            anyLabel={t('search.any')}
            value={shown.country}
            options={data.vocabulary.countries.map((c) => ({ value: c, label: regions.of(c) ?? c }))}
          />
          <div className="form-group">
            <label className="label" htmlFor="city">
              {t('search.city')}
            </label>
            <input className="input" id="city" name="city" defaultValue={q.city ?? ''} dir="auto" />
          </div>
          <SelectField
            id="accreditation"
            name="accreditation"
            label={t('search.accreditation')}
            anyLabel={t('search.any')}
            value={q.accreditation}
            options={data.vocabulary.accreditors.map((a) => ({ value: a, label: a }))}
          />
          <SelectField
            id="language"
            name="language"
            label={t('search.language')}
            anyLabel={t('search.any')}
            value={q.language}
            options={data.vocabulary.languages.map((l) => ({ value: l, label: languages.of(l) ?? l }))}
          />
          <fieldset className="fieldset">
            <legend className="label">{t('search.price')}</legend>
            <SelectField
              id="currency"
              name="currency"
              label={t('search.currency')}
              value={q.currency}
              options={data.vocabulary.currencies.map((c) => ({ value: c, label: c }))}
            />
            <div className="form-group">
              <label className="label" htmlFor="min">
                {t('search.priceMin', { currency: q.currency })}
              </label>
              <input
                className="input input--half"
                id="min"
                name="min"
                inputMode="numeric"
                defaultValue={q.priceMin ?? ''}
                dir="ltr"
              />
            </div>
            <div className="form-group">
              <label className="label" htmlFor="max">
                {t('search.priceMax', { currency: q.currency })}
              </label>
              <input
                className="input input--half"
                id="max"
                name="max"
                inputMode="numeric"
                defaultValue={q.priceMax ?? ''}
                dir="ltr"
              />
            </div>
          </fieldset>
          <div className="checkbox">
            <input
              className="checkbox__input"
              type="checkbox"
              id="verified"
              name="verified"
              value="yes"
              defaultChecked={q.verifiedOnly}
            />
            <label className="checkbox__label" htmlFor="verified">
              {t('search.verifiedOnly')}
            </label>
          </div>
          <SelectField
            id="sort"
            name="sort"
            label={t('search.sort')}
            value={q.sort}
            options={sorts.map((s) => ({ value: s, label: t(`search.sort.${s}`) }))}
          />
          <button type="submit" className="button button--secondary">
            {t('search.applyFilters')}
          </button>
          <p className="body">
            <Link to="/providers">{t('search.clear')}</Link>
          </p>
        </Form>

        <section className="search-results" aria-labelledby="results-title">
          {/* After a new search without a full page load, focus comes here and
              the count is read out (app/lib/focus-on-navigation.ts). */}
          <h2 className="heading-m" id="results-title" tabIndex={-1} data-navigation-focus="">
            {data.moreThan
              ? t('search.countMore', { count: data.total })
              : t('search.count', { count: data.total })}
          </h2>
          {data.total === 0 ? <p className="body">{t('search.noResults')}</p> : null}
          <ol className="result-list">
            {data.hits.map((hit) => {
              const written = data.written.hits[hit.id]
              return (
                <li className="result" key={hit.id}>
                  <h3 className="heading-s">
                    <Link to={`/providers/${hit.slug}`} className="link-target">
                      {hit.name}
                    </Link>{' '}
                    {hit.isDemo ? <Tag tone="purple">{t('tag.demo')}</Tag> : null}
                  </h3>
                  <p className="hint">
                    {t('home.providers.location', {
                      city: hit.city,
                      country: regions.of(hit.countryCode) ?? hit.countryCode,
                    })}
                  </p>
                  <ul className="result__facts">
                    <li>{t('search.offers', { count: hit.offerCount })}</li>
                    <li>{written?.from ? t('search.from', { price: written.from }) : t('search.noPrice')}</li>
                    <li>{t('search.verifiedAccreditations', { count: hit.verifiedAccreditations })}</li>
                    <li>
                      {written?.lastVerified
                        ? t('search.lastVerified', { date: written.lastVerified })
                        : t('search.neverVerified')}
                    </li>
                  </ul>
                </li>
              )
            })}
          </ol>
          {data.pages > 1 || data.moreThan ? (
            <nav className="pagination" aria-label={t('search.pagination')}>
              <p className="body">
                {data.moreThan
                  ? t('search.pageOfMore', { page: q.page, pages: data.pages })
                  : t('search.pageOf', { page: Math.min(q.page, data.pages), pages: data.pages })}
              </p>
              <ul className="pagination__list">
                {q.page > 1 ? (
                  <li>
                    <Link rel="prev" to={searchHref(q, { page: Math.min(q.page - 1, data.pages) })}>
                      {t('search.previous')}
                    </Link>
                  </li>
                ) : null}
                {q.page < data.pages || data.moreThan ? (
                  <li>
                    <Link rel="next" to={searchHref(q, { page: q.page + 1 })}>
                      {t('search.next')}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
          <p className="body">
            <Link to="/how-we-rank">{t('search.howWeRank')}</Link>
          </p>
        </section>
      </div>
    </>
  )
}
