// The whole schema, for drizzle's typed queries. One file per aggregate lives in schema/.
export * from './schema/auth.ts'
export * from './schema/app.ts'
export * from './schema/catalogue.ts'
export * from './schema/cases.ts'
export * from './schema/consultations.ts'
export * from './schema/second-opinions.ts'
export * from './schema/review.ts'
export * from './schema/trials.ts'
