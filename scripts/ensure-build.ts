import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

// `npm start` serves the production build; it builds first when the build is
// missing or older than any source file that goes into it.
const root = path.resolve(import.meta.dirname, '..')
const sources = [
  'app',
  // Messages and reviewed data are imported into the build, so a change to a word rebuilds too.
  'content',
  'domain',
  'server',
  'public',
  'package-lock.json',
  'vite.config.ts',
  'react-router.config.ts',
]
const buildStamp = path.join(root, 'build', 'server', 'index.js')

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.endsWith('.test.ts')) continue
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)))
  }
  return newest
}

export function buildIsCurrent(): boolean {
  if (!existsSync(buildStamp)) return false
  const built = statSync(buildStamp).mtimeMs
  return sources.every((s) => newestMtime(path.join(root, s)) <= built)
}

export function ensureBuild(): void {
  if (buildIsCurrent()) return
  console.log('Building Waypoint (the build is missing or out of date)…')
  const bin = path.join(root, 'node_modules', '.bin', 'react-router')
  const result = spawnSync(bin, ['build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.')
    process.exit(result.status ?? 1)
  }
}

if (import.meta.main) ensureBuild()
