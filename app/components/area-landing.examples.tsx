import type { Role } from '#domain/accounts/roles.ts'
import { examplesFrom, type ExampleData } from '#app/components/patterns/pattern-example.ts'
import { AreaHome } from './area-landing.tsx'
import data from './area-landing.examples.json' with { type: 'json' }

type Params = { area: Parameters<typeof AreaHome>[0]['area']; user: { name: string; role: Role } }

export const areaHomeExamples = examplesFrom(data as ExampleData<Params>[], (p) => (
  <AreaHome area={p.area} user={p.user} />
))
