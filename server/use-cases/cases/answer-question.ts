import { familyToday } from '../consultations/case-consultations.ts'
import { roleOfOpener } from '#domain/cases/case-members.ts'
import { leftBlank, stepAfterAnswer, type IntakeStep, type ReturnTo } from '#domain/intake/next-step.ts'
import { parseAnswer, type AnswerError, type Fields } from '#domain/intake/parse-answer.ts'
import { memberSource, recordAnswer, whoIsAsked, type AnswerSource } from '#domain/intake/answer-sources.ts'
import type { Question } from '#domain/intake/questions.ts'
import { countryCodes, languageCodes } from '#domain/intake/select-options.ts'
import { currentZones } from '#domain/intake/time-zones.ts'
import type { CaseId } from '#domain/shared/ids.ts'
import { err, ok, type Result } from '#domain/shared/result.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { lockAnswers, saveAnswers, setMemberRole } from '../../stores/case-store.ts'
import { replaceNameTokens } from '../../stores/queue-store.ts'
import { nameTokens } from '../../cases/name-index.ts'
import { currenciesWithRates } from '../../stores/reference-store.ts'
import type { CaseDeps } from '../../cases/case-deps.ts'
import { unsealAnswers, type CaseContext } from '../../cases/case-context.ts'
import { seal } from '../../cases/case-vault.ts'

// Current IANA names only (Asia/Kolkata, not ICU's Asia/Calcutta): domain/intake/time-zones.ts.
const timeZones = currentZones(Intl.supportedValuesOf('timeZone'))

/** The choices a select or money question offers. */
export async function choicesFor(deps: CaseDeps, question: Question) {
  return {
    countries: countryCodes,
    languages: languageCodes,
    timeZones,
    currencies: question.kind === 'money' ? await currenciesWithRates(deps.db) : [],
  }
}

/**
 * Saves one answer as a draft (there is no time limit: a person can come back
 * any day) and says where the intake goes next. Answers that no longer apply
 * after a change are dropped. Every answer records who gave it (the member and
 * the capacity they act in), sealed with it. The audit names the question,
 * never the answer.
 */
export async function answerQuestion(
  deps: CaseDeps,
  ctx: CaseContext,
  question: Question,
  fields: Fields,
  returnTo: ReturnTo,
): Promise<Result<IntakeStep, AnswerError>> {
  const now = deps.clock.now()
  const parsed = parseAnswer(question, fields, {
    today: familyToday(ctx, now),
    answers: ctx.answers(),
    // An error reads "your" or "their" as its question does; a coordinator is always asked about the patient.
    who: ctx.actor.member ? whoIsAsked(ctx.actor.member.role, ctx.answers()) : 'other',
    allowed: await choicesFor(deps, question),
  })
  if (!parsed.ok)
    return returnTo === 'task-list' && leftBlank(question, fields)
      ? ok({ to: 'task-list' })
      : err(parsed.error)
  const caseId = ctx.row.id as CaseId
  const saved = await deps.db.transaction(async (tx) => {
    // Read again under a row lock, so two tabs saving at once both keep their answer.
    const current = unsealAnswers(ctx.key, await lockAnswers(tx, caseId))
    const member = ctx.actor.member
    // Saying who the case is for sets the capacity this answer is given in.
    const role = member && question.id === 'who-for' ? roleOfOpener(member.role, parsed.value) : member?.role
    const source: AnswerSource =
      member && role
        ? memberSource({ id: member.id, role })
        : { role: 'coordinator', userId: ctx.actor.userId }
    const answers = recordAnswer(current, question.id, parsed.value, source)
    await saveAnswers(tx, caseId, seal(ctx.key, answers), now)
    // The name's blind index follows the name (ADR 0048), in the same transaction.
    if (question.id === 'patient-name' && typeof parsed.value === 'string')
      await replaceNameTokens(tx, caseId, nameTokens(deps.keys.master, parsed.value))
    if (member && role !== member.role) await setMemberRole(tx, member.id, role!)
    await appendAudit(tx, {
      actorUserId: ctx.actor.userId,
      action: 'case.answer-saved',
      subjectType: 'case',
      subjectId: caseId,
      details: { question: question.id, memberRole: role ?? null },
    })
    return answers
  })
  return ok(stepAfterAnswer(question, saved, returnTo))
}
