import { eq, inArray } from 'drizzle-orm'
import type { Auth } from '../auth/auth.ts'
import type { Db } from '../db/client.ts'
import { appMeta, provider, providerStaff } from '../db/schema/app.ts'
import { user } from '../db/schema/auth.ts'
import type { Logger } from '../logger.ts'
import { demoContent } from '../content/demo-content.ts'
import { seedDemoCatalogue } from './seed-catalogue.ts'
import { seedDemoTrials } from './seed-demo-trials.ts'
import { seedDemoCases } from './demo-cases.ts'
import { seedReferenceData } from './seed-reference.ts'
import { patientCase } from '../db/schema/cases.ts'
import type { DocumentStorage } from '../documents/storage.ts'

type SeedDeps = {
  db: Db
  auth: Auth
  logger: Logger
  printCredentials: boolean
  /** With the master key and document storage, demo cases are seeded too. */
  vault?: { masterKey: Buffer; storage: DocumentStorage }
}

const SEEDED = 'demo-data-seeded-at'
const demoAccounts = Object.values(demoContent.accounts.accounts)
const demoPassword = demoContent.accounts.password
const demoCaseIds = Object.values(demoContent.cases).map((c) => c.id)

/** Seeds the demo data on the first embedded start only; later starts reuse it. */
export async function seedDemoDataOnce(deps: SeedDeps): Promise<void> {
  const [done] = await deps.db.select().from(appMeta).where(eq(appMeta.key, SEEDED))
  if (!done) await seedDemoData(deps)
  if (deps.printCredentials) printCredentials()
}

/** Idempotent: creates what is missing and leaves the rest alone. */
export async function seedDemoData({ db, auth, logger, vault }: SeedDeps): Promise<void> {
  await seedReferenceData(db)
  await db
    .insert(provider)
    .values(
      Object.values(demoContent.providers).map((p) => ({
        id: p.id,
        slug: p.slug,
        name: p.name,
        kind: p.kind,
        countryCode: p.countryCode,
        city: p.city,
        beds: p.beds,
        languages: p.languages,
        summary: p.summary,
        isDemo: true,
        // The demo catalogue is the project's own reviewed content.
        reviewStatus: 'approved' as const,
      })),
    )
    .onConflictDoNothing()
  await seedDemoCatalogue(db, new Date())
  await seedDemoTrials(db, new Date())
  const ctx = await auth.$context
  const hash = await ctx.password.hash(demoPassword)
  for (const account of demoAccounts) {
    const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, account.email))
    if (existing) continue
    const created = await ctx.internalAdapter.createUser(
      {
        email: account.email,
        name: account.name,
        emailVerified: true,
        role: account.role,
        locale: 'en',
      },
      { method: 'admin' },
    )
    await ctx.internalAdapter.linkAccount({
      userId: created.id,
      providerId: 'credential',
      accountId: created.id,
      password: hash,
    })
    if (account.providerId) {
      await db
        .insert(providerStaff)
        .values({
          userId: created.id,
          providerId: account.providerId,
          title: account.title ?? '',
          ...(account.clinicRole ? { role: account.clinicRole } : {}),
          ...(account.registration
            ? {
                registrationNumber: account.registration.number,
                registrationCouncil: account.registration.council,
              }
            : {}),
        })
        .onConflictDoNothing()
    }
  }
  if (vault) await seedDemoCases(db, vault)
  await db
    .insert(appMeta)
    .values({ key: SEEDED, value: new Date().toISOString() })
    .onConflictDoUpdate({
      target: appMeta.key,
      set: { value: new Date().toISOString(), updatedAt: new Date() },
    })
  logger.info({ accounts: demoAccounts.length }, 'demo data seeded')
}

/** `npm run seed`: removes the demo accounts and providers, then seeds them again. */
export async function resetDemoData(deps: SeedDeps): Promise<void> {
  await deps.db.delete(patientCase).where(inArray(patientCase.id, demoCaseIds))
  await deps.db.delete(user).where(
    inArray(
      user.email,
      demoAccounts.map((a) => a.email),
    ),
  )
  await deps.db.delete(provider).where(eq(provider.isDemo, true))
  await deps.db.delete(appMeta).where(eq(appMeta.key, SEEDED))
  await seedDemoData(deps)
}

function printCredentials(): void {
  const width = Math.max(...demoAccounts.map((a) => a.role.length))
  const lines = demoAccounts.map((a) => `  ${a.role.padEnd(width)}  ${a.email}`)
  console.log(
    [
      '',
      'Demo accounts (development only), all with the password: ' + demoPassword,
      ...lines,
      'Staff accounts set up two-step sign-in (TOTP) the first time they sign in.',
      '',
    ].join('\n'),
  )
}
