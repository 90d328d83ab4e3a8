import { useId, type ReactNode } from 'react'
import type { AlsfrsDomain } from '#domain/alsfrs/items.ts'
import { formatDate, formatList, formatMonthYear, formatNumber, isolated } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/translate.ts'
import { naturalHistory, type NaturalHistory } from '#domain/outcomes/natural-history.ts'
import {
  chartSize,
  outcomeChartGeometry,
  type OutcomeChartGeometry,
  type OutcomeCourse,
  type Point,
} from '#domain/outcomes/outcome-chart-geometry.ts'
import { useDir, useLocale, useT } from '#app/lib/i18n.ts'

// A person's ALSFRS-R course as server-rendered SVG: no script, so it reads
// with JavaScript off. Each chart is one image with a title and description,
// and the table under them holds every value for screen readers and anyone
// who prefers numbers. The SVG is drawn left to right in every language (see
// outcome-chart-geometry.ts); its labels and the table follow the page.

const domainOrder: AlsfrsDomain[] = ['bulbar', 'fine-motor', 'gross-motor', 'respiratory']
const kingsLevels = ['1', '2', '3', '4A', '4B'] as const

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const polyline = (points: Point[]) => points.map((p) => `${p.x},${p.y}`).join(' ')

/**
 * Where a domain's marker sits: at its point, or beside it when other domains
 * score the same that day, so tied markers stand side by side rather than
 * one hiding the others (the lines still meet at the point).
 */
function dodged(domains: Record<AlsfrsDomain, Point[]>, d: AlsfrsDomain, p: Point): number {
  const tied = domainOrder.filter((o) => domains[o].some((q) => q.x === p.x && q.y === p.y))
  return p.x + (tied.indexOf(d) - (tied.length - 1) / 2) * 9
}

/** A marker shape per domain, so the lines differ by more than colour. */
function Marker({ shape, x, y }: { shape: number; x: number; y: number }) {
  if (shape === 0) return <circle cx={x} cy={y} r={4} />
  if (shape === 1) return <rect x={x - 4} y={y - 4} width={8} height={8} />
  if (shape === 2) return <polygon points={`${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}`} />
  return <polygon points={`${x},${y - 5} ${x + 5},${y} ${x},${y + 5} ${x - 5},${y}`} />
}

/**
 * A word label inside the left-to-right SVG: in Arabic it is set right to
 * left, anchored at its left edge, so it reads correctly and stays in place.
 */
function Label({ x, y, children }: { x: number; y: number; children: string }) {
  const dir = useDir()
  return (
    <text x={x} y={y} direction={dir} textAnchor={dir === 'rtl' ? 'end' : 'start'}>
      {children}
    </text>
  )
}

/** The legend's key: the same stroke or shape as on the chart, hidden from screen readers. */
function Swatch({ className, shape }: { className: string; shape?: 'dot' | 'hollow' | 'band' | number }) {
  return (
    <svg
      className={`chart-swatch ${className}`}
      width="28"
      height="14"
      viewBox="0 0 28 14"
      aria-hidden="true"
    >
      {shape === 'band' ? (
        <rect x={0} y={2} width={28} height={10} />
      ) : shape === 'dot' || shape === 'hollow' ? (
        <circle cx={14} cy={7} r={4} />
      ) : (
        <>
          <polyline points="0,7 28,7" />
          {typeof shape === 'number' ? <Marker shape={shape} x={14} y={7} /> : null}
        </>
      )}
    </svg>
  )
}

/**
 * A chart keeps a readable width and, on a narrow screen, scrolls in its own
 * region, named by the chart's heading and reachable by keyboard.
 */
function ChartRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="chart-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  )
}

function Axes({ g, max, label }: { g: OutcomeChartGeometry; max: number; label: string }) {
  const locale = useLocale()
  const { left, top, width, height, bottom, right } = chartSize
  const ticks = max === 48 ? g.yTicks : [0, 3, 6, 9, 12].map((value) => ({ value, y: g.y(value, 12) }))
  return (
    <g className="chart__axes" aria-hidden="true">
      <line x1={left} y1={top} x2={left} y2={height - bottom} />
      <line x1={left} y1={height - bottom} x2={width - right} y2={height - bottom} />
      {ticks.map((t) => (
        <g key={t.value}>
          <line className="chart__grid" x1={left} y1={t.y} x2={width - right} y2={t.y} />
          <text x={left - 6} y={t.y + 4} textAnchor="end">
            {formatNumber(locale, t.value)}
          </text>
        </g>
      ))}
      {g.xTicks.map((t, i) => (
        <text
          key={t.date}
          x={t.x}
          y={height - bottom + 18}
          textAnchor={i === 0 ? 'start' : i === g.xTicks.length - 1 ? 'end' : 'middle'}
        >
          {formatMonthYear(locale, day(t.date))}
        </text>
      ))}
      <Label x={left} y={top - 4}>
        {label}
      </Label>
    </g>
  )
}

export function OutcomeChart({
  course,
  reference = naturalHistory,
}: {
  course: OutcomeCourse
  /** The reviewed natural-history band; tests may pass another. */
  reference?: NaturalHistory
}) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const g = outcomeChartGeometry(course, reference)
  if (!g) return null
  const latest = g.total.at(-1)!
  const range = {
    from: formatDate(locale, day(g.total[0]!.date)),
    to: formatDate(locale, day(latest.date)),
  }
  const rate = (n: number) => formatNumber(locale, n)
  const box = `0 0 ${chartSize.width} ${chartSize.height}`
  const stageHeight = 222
  const kingsY = (stage: string) => 24 + (4 - kingsLevels.indexOf(stage as (typeof kingsLevels)[number])) * 18
  const mitosY = (stage: number) => 136 + (4 - stage) * 18
  return (
    <section className="outcome-chart" aria-labelledby={`${id}-title`} data-testid="outcome-chart">
      <h2 className="heading-m" id={`${id}-title`}>
        {t('outcome.title')}
      </h2>
      <p className="body">{t('outcome.lede')}</p>
      {g.total.length === 1 ? <p className="body">{t('outcome.onlyOne')}</p> : null}

      <h3 className="heading-s" id={`${id}-total`}>
        {t('outcome.total.title')}
      </h3>
      <ChartRegion labelledBy={`${id}-total`}>
        <svg
          className="chart"
          viewBox={box}
          role="img"
          aria-labelledby={`${id}-total-t ${id}-total-d`}
          direction="ltr"
          data-testid="outcome-total"
        >
          <title id={`${id}-total-t`}>{t('outcome.total.title')}</title>
          <desc id={`${id}-total-d`}>
            {t('outcome.total.desc', {
              count: g.total.length,
              ...range,
              score: formatNumber(locale, latest.value),
            })}
          </desc>
          <Axes g={g} max={48} label={t('outcome.axis.total')} />
          {g.band ? <polygon className="chart__band" points={g.band} data-testid="band" /> : null}
          {g.treatedX !== null ? (
            <line
              className="chart__treatment"
              x1={g.treatedX}
              x2={g.treatedX}
              y1={chartSize.top}
              y2={chartSize.height - chartSize.bottom}
            />
          ) : null}
          {g.projection ? (
            <polyline className="chart__projection" points={g.projection} data-testid="projection" />
          ) : null}
          {g.onset ? (
            // From first symptoms to the first score the course is assumed, so it is dashed like the projection.
            <polyline className="chart__projection" points={polyline([g.onset, g.total[0]!])} />
          ) : null}
          <polyline className="chart__line" points={polyline(g.total)} />
          {g.onset ? <circle className="chart__onset" cx={g.onset.x} cy={g.onset.y} r={4} /> : null}
          <g className="chart__points">
            {g.total.map((p) => (
              <circle key={p.date} cx={p.x} cy={p.y} r={4} data-date={p.date} data-value={p.value} />
            ))}
          </g>
        </svg>
      </ChartRegion>
      <ul className="chart-legend">
        <li>
          <Swatch className="chart__points" shape="dot" />
          {t('outcome.legend.scores')}
        </li>
        {g.onset ? (
          <li>
            <Swatch className="chart__onset" shape="hollow" />
            {t('outcome.legend.onset')}
          </li>
        ) : null}
        {g.projection ? (
          <li>
            <Swatch className="chart__projection" />
            {t('outcome.legend.projection')}
          </li>
        ) : null}
        {g.band ? (
          <li>
            <Swatch className="chart__band" shape="band" />
            {t('outcome.legend.band', {
              low: rate(reference.band.slowerPerMonth),
              high: rate(reference.band.fasterPerMonth),
            })}
          </li>
        ) : null}
        {g.treatedX !== null ? (
          <li>
            <Swatch className="chart__treatment" />
            {t('outcome.legend.treatment')}
          </li>
        ) : null}
      </ul>

      <h3 className="heading-s" id={`${id}-domains`}>
        {t('outcome.domains.title')}
      </h3>
      <ChartRegion labelledBy={`${id}-domains`}>
        <svg
          className="chart"
          viewBox={box}
          role="img"
          aria-labelledby={`${id}-dom-t ${id}-dom-d`}
          direction="ltr"
          data-testid="outcome-domains"
        >
          <title id={`${id}-dom-t`}>{t('outcome.domains.title')}</title>
          <desc id={`${id}-dom-d`}>{t('outcome.domains.desc')}</desc>
          <Axes g={g} max={12} label={t('outcome.axis.domain')} />
          {domainOrder.map((d, shape) => (
            <g key={d} className={`chart__domain chart__domain--${d}`} data-domain={d}>
              <polyline points={polyline(g.domains[d])} />
              {g.domains[d].map((p) => (
                <Marker key={p.date} shape={shape} x={dodged(g.domains, d, p)} y={p.y} />
              ))}
            </g>
          ))}
        </svg>
      </ChartRegion>
      <ul className="chart-legend">
        {domainOrder.map((d, shape) => (
          <li key={d}>
            <Swatch className={`chart__domain chart__domain--${d}`} shape={shape} />
            {t(`alsfrs.domain.${d}` as MessageKey)}
          </li>
        ))}
      </ul>

      <h3 className="heading-s" id={`${id}-stages`}>
        {t('outcome.stages.title')}
      </h3>
      <ChartRegion labelledBy={`${id}-stages`}>
        <svg
          className="chart"
          viewBox={`0 0 ${chartSize.width} ${stageHeight}`}
          role="img"
          aria-labelledby={`${id}-st-t ${id}-st-d`}
          direction="ltr"
          data-testid="outcome-stages"
        >
          <title id={`${id}-st-t`}>{t('outcome.stages.title')}</title>
          <desc id={`${id}-st-d`}>{t('outcome.stages.desc')}</desc>
          <g className="chart__axes" aria-hidden="true">
            <Label x={chartSize.left} y={12}>
              {t('alsfrs.result.kings')}
            </Label>
            <Label x={chartSize.left} y={122}>
              {t('alsfrs.result.mitos')}
            </Label>
            {[
              ...kingsLevels.map((level) => ({ key: `k${level}`, label: level, y: kingsY(level) })),
              ...[0, 1, 2, 3, 4].map((level) => ({
                key: `m${level}`,
                label: formatNumber(locale, level),
                y: mitosY(level),
              })),
            ].map((row) => (
              <g key={row.key}>
                <line
                  className="chart__grid"
                  x1={chartSize.left}
                  x2={chartSize.width - chartSize.right}
                  y1={row.y}
                  y2={row.y}
                />
                <text x={chartSize.left - 6} y={row.y + 4} textAnchor="end">
                  {row.label}
                </text>
              </g>
            ))}
          </g>
          {course.assessments.map((a) => {
            const x = g.x(a.date)
            return (
              <g key={a.date} className="chart__stage">
                <circle cx={x} cy={kingsY(a.kings)} r={4} />
                <text x={x + 7} y={kingsY(a.kings) + 4}>
                  {a.kings}
                </text>
                <circle cx={x} cy={mitosY(a.mitos)} r={4} />
                <text x={x + 7} y={mitosY(a.mitos) + 4}>
                  {formatNumber(locale, a.mitos)}
                </text>
              </g>
            )
          })}
        </svg>
      </ChartRegion>

      {/* Headers keep their words whole, so the table may be wider than the
          column beside the chart: the scroll region is named by the caption
          and reachable by keyboard, to scroll it without a mouse. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-table`}>
        <table className="table" data-testid="outcome-table">
          <caption className="table__caption" id={`${id}-table`}>
            {t('outcome.table.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('outcome.table.date')}</th>
              <th scope="col">{t('outcome.table.from')}</th>
              <th scope="col">{t('outcome.table.total')}</th>
              {domainOrder.map((d) => (
                <th scope="col" key={d}>
                  {t(`alsfrs.domain.${d}` as MessageKey)}
                </th>
              ))}
              <th scope="col">{t('alsfrs.result.kings')}</th>
              <th scope="col">{t('alsfrs.result.mitos')}</th>
            </tr>
          </thead>
          <tbody>
            {[...course.assessments]
              .sort((a, b) => (a.date < b.date ? -1 : 1))
              .map((a) => (
                <tr key={`${a.date}-${a.source ?? ''}`}>
                  <th scope="row">{formatDate(locale, day(a.date))}</th>
                  <td>{a.source ? t(`outcome.from.${a.source}`) : ''}</td>
                  <td>{formatNumber(locale, a.total)}</td>
                  {domainOrder.map((d) => (
                    <td key={d}>{formatNumber(locale, a.domains[d])}</td>
                  ))}
                  <td>{a.kings}</td>
                  <td>{formatNumber(locale, a.mitos)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        {t('outcome.source', {
          // Each title is isolated in its own direction (FSI…PDI): English titles in an
          // Arabic sentence would otherwise swap their punctuation and order.
          source: formatList(
            locale,
            reference.sources.map((s) => isolated(s.title)),
          ),
          date: formatDate(locale, day(reference.reviewDate)),
        })}
      </p>
      <p className="body">{t('outcome.caveat')}</p>
    </section>
  )
}
