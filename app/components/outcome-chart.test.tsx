import { renderToStaticMarkup } from 'react-dom/server'
import { createRoutesStub } from 'react-router'
import { describe, expect, test } from 'vitest'
import type { Locale } from '#domain/i18n/locales.ts'
import { messagesFor } from '#domain/i18n/translate.ts'
import { naturalHistory } from '#domain/outcomes/natural-history.ts'
import type { OutcomeCourse } from '#domain/outcomes/outcome-chart-geometry.ts'
import { MessagesContext } from '#app/lib/i18n.ts'
import { OutcomeChart } from './outcome-chart.tsx'

const course: OutcomeCourse = {
  symptomOnset: '2025-01-01',
  treatedOn: '2026-01-10',
  assessments: [
    {
      date: '2026-01-01',
      source: 'intake',
      total: 36,
      domains: { bulbar: 9, 'fine-motor': 10, 'gross-motor': 8, respiratory: 9 },
      kings: '2',
      mitos: 0,
    },
    {
      date: '2026-07-01',
      source: 'check-in',
      total: 31,
      domains: { bulbar: 7, 'fine-motor': 9, 'gross-motor': 6, respiratory: 9 },
      kings: '3',
      mitos: 1,
    },
  ],
}

function render(locale: Locale = 'en', shown: OutcomeCourse = course): string {
  const Stub = createRoutesStub([
    {
      id: 'root',
      path: '/',
      Component: () => <OutcomeChart course={shown} reference={naturalHistory} />,
    },
  ])
  return renderToStaticMarkup(
    <MessagesContext.Provider value={messagesFor(locale)}>
      <Stub hydrationData={{ loaderData: { root: { locale, messagesUrl: '' } } }} />
    </MessagesContext.Provider>,
  )
}

const rows = (html: string) =>
  [...html.matchAll(/<tr>(.*?)<\/tr>/g)]
    .slice(1)
    .map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]))

describe('the outcome chart', () => {
  test('three images, each named by its title and description', () => {
    const html = render()
    expect(html.match(/role="img"/g)).toHaveLength(3)
    expect(html).toContain('<title id=')
    expect(html).toContain(
      '2 scores between 1 January 2026 and 1 July 2026. The latest total is 31 out of 48.',
    )
  })

  test('the table holds every score, subscore and stage by date', () => {
    expect(rows(render())).toEqual([
      ['1 January 2026', 'Intake', '36', '9', '10', '8', '9', '2', '0'],
      ['1 July 2026', 'Check-in', '31', '7', '9', '6', '9', '3', '1'],
    ])
  })

  test('the table scrolls in a region keyboard users can reach, named by its caption', () => {
    const html = render()
    // Headers keep whole words, so the table may be wider than its column: the
    // region that scrolls it must take focus and have a name (axe: scrollable-region-focusable).
    const region = /<div class="table-scroll" tabindex="0" role="region" aria-labelledby="([^"]+)">/.exec(
      html,
    )
    expect(region).not.toBeNull()
    expect(html).toContain(
      `<caption class="table__caption" id="${region![1]}">ALSFRS-R scores and stages by date</caption>`,
    )
  })

  test('two scores of one day say where each was taken', () => {
    const arrival = { ...course.assessments[1]!, source: 'arrival' as const, total: 30 }
    const html = render('en', { ...course, assessments: [...course.assessments, arrival] })
    expect(rows(html).map((r) => r.slice(0, 3))).toEqual([
      ['1 January 2026', 'Intake', '36'],
      ['1 July 2026', 'Check-in', '31'],
      ['1 July 2026', 'Arrival', '30'],
    ])
  })

  test('each chart keeps readable labels on a phone: it scrolls in a named region that takes focus', () => {
    const html = render()
    const regions = [
      ...html.matchAll(/<div class="chart-scroll" tabindex="0" role="region" aria-labelledby="([^"]+)">/g),
    ]
    expect(regions).toHaveLength(3)
    for (const [, labelledBy] of regions)
      expect(html).toMatch(new RegExp(`<h3 class="heading-s" id="${labelledBy}">`))
  })

  test('in Arabic, each English source title is isolated, so its words keep their order', () => {
    const html = render('ar')
    for (const source of naturalHistory.sources) expect(html).toContain(`\u2068${source.title}\u2069`)
  })

  test('domains that score the same on a day stand side by side, none hidden behind another', () => {
    const html = render()
    const group = (d: string) => new RegExp(`data-domain="${d}">(.*?)</g>`).exec(html)![1]!
    // On the first day bulbar and respiratory both score 9: a circle and a diamond.
    const bulbar = Number(/<circle cx="([\d.]+)"/.exec(group('bulbar'))![1])
    const respiratory = Number(/<polygon points="([\d.]+),/.exec(group('respiratory'))![1])
    expect(Math.abs(bulbar - respiratory)).toBe(9)
    // Fine motor scored 10 alone: its square is centred on its point.
    const fineMotor = /<polyline points="([\d.]+),[\d.]+/.exec(group('fine-motor'))![1]
    expect(Number(/<rect x="([\d.]+)"/.exec(group('fine-motor'))![1]) + 4).toBe(Number(fineMotor))
  })

  test('each score is a point at its place on the chart', () => {
    const html = render()
    expect(html).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="4" data-date="2026-07-01" data-value="31"/)
  })

  test('in Arabic, the words are Arabic and the time axis still runs left to right', () => {
    const html = render('ar')
    expect(html).toContain('مجموع ALSFRS-R مع مرور الوقت')
    expect(html.match(/direction="ltr"/g)).toHaveLength(3)
    // Numbers in the table follow the Arabic locale's digits.
    expect(rows(html)[1]![2]).toBe(new Intl.NumberFormat('ar').format(31))
  })
})
