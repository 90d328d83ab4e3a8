import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// The reviewed content (content/ at the repository root) is read from disk.
// This module runs from server/content/ under Node and from build/server/ in
// the built bundle, so the folder is found by walking up; CONTENT_DIR wins.
let found: string | undefined

export function contentRoot(): string {
  if (found) return found
  const fromEnv = process.env.CONTENT_DIR
  if (fromEnv) return (found = path.resolve(fromEnv))
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(path.join(dir, 'content', 'sources.json'))) return (found = path.join(dir, 'content'))
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error('The content folder (content/sources.json) was not found.')
    dir = parent
  }
}

export const contentPath = (...parts: string[]) => path.join(contentRoot(), ...parts)
