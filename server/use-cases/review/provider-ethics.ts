import { clinicToday } from '#domain/review/credential-expiry.ts'
import { ethicsFields } from '#domain/review/ethics-fields.ts'
import type { Db } from '../../db/client.ts'
import { ethicsInputsOf, setEthicsFields } from '../../stores/credential-store.ts'

/**
 * Writes the clinic's ethics fields from its credentials (ADR 0070): called in
 * the transaction of anything that changes an ethics-committee or IC-SCR
 * credential's standing — a reviewer's decision, the clinic's withdrawal, the
 * expiry job — so the public profile shows the verified committee, or none.
 */
export async function refreshProviderEthics(db: Db, providerId: string, now: Date): Promise<void> {
  const inputs = await ethicsInputsOf(db, providerId)
  if (!inputs) return
  const current = { ethicsCommittee: inputs.provider.ethicsCommittee, icscr: inputs.provider.icscr }
  const next = ethicsFields(current, inputs.credentials, clinicToday(now, inputs.provider.timeZone))
  if (JSON.stringify(next) !== JSON.stringify(current)) await setEthicsFields(db, providerId, next)
}
