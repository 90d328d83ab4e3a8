import { defineConfig } from 'drizzle-kit'

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './server/db/schema/auth.ts',
    './server/db/schema/app.ts',
    './server/db/schema/catalogue.ts',
    './server/db/schema/cases.ts',
    './server/db/schema/consultations.ts',
  ],
  out: './server/db/migrations',
  casing: 'snake_case',
})
