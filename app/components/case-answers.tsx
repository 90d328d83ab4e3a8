import { alsfrsItemTextFor } from '#domain/alsfrs/item-text.ts'
import { formatNumber } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import type { AlsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { formatAnswer, questionKey } from '#domain/intake/format-answer.ts'
import { intakeSections, sectionQuestions, type IntakeAnswers } from '#domain/intake/questions.ts'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'

/**
 * The intake's answers, section by section. On check answers (`change`
 * given) every question asked is listed with a Change link that comes back
 * here; staff see only what was answered, without links.
 */
export function AnswerSections({
  answers,
  level,
  change,
}: {
  answers: IntakeAnswers
  /** h2 when the sections are the page's parts, h3 under a heading of their own. */
  level: 2 | 3
  change?: (questionId: string) => string
}) {
  const t = useT()
  const locale = useLocale()
  const who = answers['who-for'] === 'someone-else' ? 'other' : 'self'
  const Heading = level === 2 ? 'h2' : 'h3'
  const idPrefix = change ? 'check' : 'answers'
  return intakeSections.map((section) => {
    const list = sectionQuestions(section, answers).filter((q) => change || answers[q.id] !== undefined)
    if (list.length === 0) return null
    return (
      <section key={section} aria-labelledby={`${idPrefix}-${section}`}>
        <Heading className={level === 2 ? 'heading-m' : 'heading-s'} id={`${idPrefix}-${section}`}>
          {t(`intake.section.${section}` as MessageKey)}
        </Heading>
        <SummaryList
          rows={list.map((q) => {
            const label =
              q.kind === 'alsfrs-item'
                ? alsfrsItemTextFor(locale)[q.item].label
                : t(questionKey(q.id, 'short'), { who })
            return {
              key: label,
              value: <span dir="auto">{formatAnswer(q, answers[q.id], t, locale)}</span>,
              change: change?.(q.id),
            }
          })}
        />
      </section>
    )
  })
}

/** A case's answers for staff, section by section, without change links, and the ALSFRS-R result. */
export function CaseAnswers({ answers, alsfrs }: { answers: IntakeAnswers; alsfrs: AlsfrsSummary | null }) {
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <AnswerSections answers={answers} level={3} />
      {alsfrs ? (
        <SummaryList
          rows={[
            {
              key: t('alsfrs.result.total'),
              value: t('alsfrs.result.outOf', {
                score: formatNumber(locale, alsfrs.score.total),
                max: formatNumber(locale, 48),
              }),
            },
            {
              key: t('alsfrs.result.deltaFs'),
              value:
                alsfrs.deltaFs === null
                  ? t('intake.notKnown')
                  : t('alsfrs.result.perMonth', { rate: formatNumber(locale, alsfrs.deltaFs) }),
            },
            { key: t('alsfrs.result.kings'), value: alsfrs.kings },
            { key: t('alsfrs.result.mitos'), value: formatNumber(locale, alsfrs.mitos.stage) },
          ]}
        />
      ) : null}
    </>
  )
}
