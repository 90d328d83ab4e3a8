import { and, eq } from 'drizzle-orm'
import { pruneAnswers, type AnswerValue, type IntakeAnswers } from '#domain/intake/questions.ts'
import { appendAudit } from '../../audit/audit-log.ts'
import { caseMember, patientCase } from '../../db/schema/cases.ts'
import { seal } from '../../cases/case-vault.ts'
import type { Runtime } from '../../runtime.ts'
import { answersOf, type MemberCase } from './case-records.ts'

/**
 * Saves one answer as a draft (there is no time limit: a person can come back
 * any day). Answers that no longer apply after a change are dropped. The audit
 * names the question, never the answer.
 */
export async function saveAnswer(
  rt: Runtime,
  actorUserId: string,
  found: MemberCase,
  questionId: string,
  value: AnswerValue | undefined,
): Promise<IntakeAnswers> {
  return rt.database.db.transaction(async (tx) => {
    // Read again under a row lock, so two tabs saving at once both keep their answer.
    const [current] = await tx
      .select({ answers: patientCase.answers })
      .from(patientCase)
      .where(eq(patientCase.id, found.row.id))
      .for('update')
    const answers = pruneAnswers({ ...answersOf(found.key, current ?? found.row), [questionId]: value })
    await tx
      .update(patientCase)
      .set({ answers: seal(found.key, answers), updatedAt: new Date() })
      .where(eq(patientCase.id, found.row.id))
    // Opening a case for someone else makes its opener their representative.
    if (questionId === 'who-for' && found.member.role !== 'caregiver') {
      await tx
        .update(caseMember)
        .set({ role: value === 'someone-else' ? 'representative' : 'patient' })
        .where(and(eq(caseMember.id, found.member.id)))
    }
    await appendAudit(tx, {
      actorUserId,
      action: 'case.answer-saved',
      subjectType: 'case',
      subjectId: found.row.id,
      details: { question: questionId, memberRole: found.member.role },
    })
    return answers
  })
}
