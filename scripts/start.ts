import { ensureBuild } from './ensure-build.ts'

// `npm start`: build when there is no current build, then serve it.
ensureBuild()
await import('../server/main.ts')
