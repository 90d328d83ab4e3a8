import { desc, eq } from 'drizzle-orm'
import { outboxEmail } from '../../db/schema/app.ts'
import type { Runtime } from '../../runtime.ts'

// The development mailbox reads the outbox. Routes refuse it in production.
export async function listOutbox(rt: Runtime, limit = 50) {
  return rt.database.db
    .select({
      id: outboxEmail.id,
      to: outboxEmail.to,
      subject: outboxEmail.subject,
      createdAt: outboxEmail.createdAt,
      attachments: outboxEmail.attachments,
    })
    .from(outboxEmail)
    .orderBy(desc(outboxEmail.createdAt))
    .limit(limit)
}

export async function readOutboxEmail(rt: Runtime, id: string) {
  const [row] = await rt.database.db.select().from(outboxEmail).where(eq(outboxEmail.id, id))
  return row ?? null
}

/** One file sent with an outbox email, by its place in the list; null when there is none. */
export async function readOutboxAttachment(rt: Runtime, id: string, index: number) {
  const email = await readOutboxEmail(rt, id)
  return email?.attachments[index] ?? null
}
