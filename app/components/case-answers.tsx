import { alsfrsItemTextFor, type Who } from '#domain/alsfrs/item-text.ts'
import { formatNumber } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import type { AlsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { answeredByIn, whoAnswered } from '#domain/intake/answer-sources.ts'
import { formatAnswer, questionKey } from '#domain/intake/format-answer.ts'
import { intakeSections, sectionQuestions, type IntakeAnswers } from '#domain/intake/questions.ts'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'

/**
 * The intake's answers, section by section. On check answers (`change`
 * given) every question asked is listed with a Change link that comes back
 * here, in the words the viewer is asked in (`who`). Staff see only what was
 * answered, without links: each ALSFRS-R answer reads in the words it was
 * given in ("They need help" when the son answered), and the section says who
 * answered it.
 */
export function AnswerSections({
  answers,
  level,
  change,
  who = answers['who-for'] === 'someone-else' ? 'other' : 'self',
  viewerMemberId,
}: {
  answers: IntakeAnswers
  /** h2 when the sections are the page's parts, h3 under a heading of their own. */
  level: 2 | 3
  change?: (questionId: string) => string
  who?: Who
  /** The member of the case reading: a section another member answered says who did. */
  viewerMemberId?: string
}) {
  const t = useT()
  const locale = useLocale()
  // Staff read who answered each section; a member, who else did.
  const staff = !change && !viewerMemberId
  const Heading = level === 2 ? 'h2' : 'h3'
  const idPrefix = change ? 'check' : 'answers'
  const answeredByRow = (section: string, ids: readonly string[]) => {
    if (!staff && !viewerMemberId) return []
    const { others, byViewer } = answeredByIn(answers, ids, viewerMemberId)
    if (others.length === 0) return []
    const lines = [
      ...others.map((line) => t(line.key, line.values)),
      ...(byViewer ? [t('intake.answeredBy.you')] : []),
    ]
    return [
      {
        key: t('intake.answeredBy.label'),
        value: (
          <span data-testid={section === 'alsfrs' ? 'alsfrs-answered-by' : `answered-by-${section}`}>
            {lines.join('; ')}
          </span>
        ),
      },
    ]
  }
  return intakeSections.map((section) => {
    const list = sectionQuestions(section, answers).filter((q) => change || answers[q.id] !== undefined)
    if (list.length === 0) return null
    return (
      <section key={section} aria-labelledby={`${idPrefix}-${section}`}>
        <Heading className={level === 2 ? 'heading-m' : 'heading-s'} id={`${idPrefix}-${section}`}>
          {t(`intake.section.${section}` as MessageKey)}
        </Heading>
        <SummaryList
          rows={[
            ...list.map((q) => {
              const label =
                q.kind === 'alsfrs-item'
                  ? alsfrsItemTextFor(locale, who)[q.item].label
                  : t(questionKey(q.id, 'short'), { who })
              const askedAs = change ? who : whoAnswered(answers, q.id)
              return {
                key: label,
                value: <span dir="auto">{formatAnswer(q, answers[q.id], t, locale, askedAs)}</span>,
                change: change?.(q.id),
              }
            }),
            ...answeredByRow(
              section,
              list.map((q) => q.id),
            ),
          ]}
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
