import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './server/db/schema/auth.ts',
    './server/db/schema/app.ts',
    './server/db/schema/catalogue.ts',
    './server/db/schema/cases.ts',
    './server/db/schema/consultations.ts',
    './server/db/schema/second-opinions.ts',
    './server/db/schema/review.ts',
    './server/db/schema/reports.ts',
    './server/db/schema/trials.ts',
    './server/db/schema/travel.ts',
    './server/db/schema/treatment.ts',
    './server/db/schema/follow-up.ts',
    './server/db/schema/outcomes.ts',
    './server/db/schema/home-doctor.ts',
    './server/db/schema/reviews.ts',
  ],
  out: './server/db/migrations',
  casing: 'snake_case',
})
