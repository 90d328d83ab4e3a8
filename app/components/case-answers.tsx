import { alsfrsItemTextFor } from '#domain/alsfrs/item-text.ts'
import { formatNumber } from '#domain/i18n/format.ts'
import type { MessageKey } from '#domain/i18n/messages/en.ts'
import type { AlsfrsSummary } from '#domain/intake/alsfrs-summary.ts'
import { alsfrsAnsweredBy, whoAnswered } from '#domain/intake/answer-sources.ts'
import { formatAnswer, questionKey } from '#domain/intake/format-answer.ts'
import { intakeSections, sectionQuestions, type IntakeAnswers } from '#domain/intake/questions.ts'
import { SummaryList } from '#app/components/patterns/summary-list.tsx'
import { useLocale, useT } from '#app/lib/i18n.ts'

/**
 * A case's answers for staff, section by section, without change links. Each
 * ALSFRS-R answer reads in the words it was given in ("They need help" when
 * the son answered), and the section says who answered it.
 */
export function CaseAnswers({ answers, alsfrs }: { answers: IntakeAnswers; alsfrs: AlsfrsSummary | null }) {
  const t = useT()
  const locale = useLocale()
  const who = answers['who-for'] === 'someone-else' ? 'other' : 'self'
  const answeredBy = alsfrsAnsweredBy(answers)
  return (
    <>
      {intakeSections.map((section) => {
        const list = sectionQuestions(section, answers).filter((q) => answers[q.id] !== undefined)
        if (list.length === 0) return null
        return (
          <section key={section} aria-labelledby={`answers-${section}`}>
            <h3 className="heading-s" id={`answers-${section}`}>
              {t(`intake.section.${section}` as MessageKey)}
            </h3>
            <SummaryList
              rows={[
                ...list.map((q) => ({
                  key:
                    q.kind === 'alsfrs-item'
                      ? alsfrsItemTextFor(locale, who)[q.item].label
                      : t(questionKey(q.id, 'short'), { who }),
                  value: (
                    <span dir="auto">
                      {formatAnswer(q, answers[q.id], t, locale, whoAnswered(answers, q.id))}
                    </span>
                  ),
                })),
                ...(section === 'alsfrs' && answeredBy.length > 0
                  ? [
                      {
                        key: t('intake.answeredBy.label'),
                        value: (
                          <span data-testid="alsfrs-answered-by">
                            {answeredBy.map((line) => t(line.key, line.values)).join('; ')}
                          </span>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </section>
        )
      })}
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
