import { randomBytes } from 'node:crypto'
import type { Clock } from '#domain/shared/clock.ts'
import type { UploadLimits } from '#domain/documents/upload-allowance.ts'
import type { Db } from '../db/client.ts'
import type { DocumentStorage } from '../documents/storage.ts'
import type { EmailRequest } from '../mail/templates.ts'
import type { Runtime } from '../runtime.ts'
import type { MeetingProvider, RandomBytes } from '../calendar/meeting-link.ts'

/**
 * What the case commands need, and nothing else (docs/decisions/0032): the
 * database, a clock tests can move, document storage, the master key that
 * wraps every case key, and a way to tell people what happened.
 */
export type CaseDeps = {
  db: Db
  clock: Clock
  storage: DocumentStorage
  keys: { master: Buffer }
  notify: Notifier
  limits: UploadLimits
  /** Where consultation rooms are made (MEETING_PROVIDER), from what random source, and who sends invitations. */
  meetings: { provider: MeetingProvider; random: RandomBytes; organizer: string }
}

/** Emails go through the job queue; links in them start at the public address. */
export type Notifier = { publicUrl: string; email(request: EmailRequest): Promise<void> }

export const systemClock: Clock = { now: () => new Date() }

const MB = 1024 * 1024
const byRuntime = new WeakMap<Runtime, CaseDeps>()

export function caseDepsOf(rt: Runtime): CaseDeps {
  let deps = byRuntime.get(rt)
  if (!deps) {
    deps = {
      db: rt.database.db,
      clock: systemClock,
      storage: rt.storage,
      keys: { master: rt.masterKey },
      notify: { publicUrl: rt.config.publicUrl, email: (request) => rt.jobs.sendEmail(request) },
      meetings: { provider: rt.config.meeting, random: randomBytes, organizer: rt.config.MAIL_FROM },
      limits: { fileBytes: rt.config.UPLOAD_MAX_FILE_MB * MB, caseBytes: rt.config.UPLOAD_MAX_CASE_MB * MB },
    }
    byRuntime.set(rt, deps)
  }
  return deps
}
