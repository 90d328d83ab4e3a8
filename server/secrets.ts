import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Config } from './config.ts'
import { ensurePrivateFolder } from './db/data-folder.ts'

export type InstanceSecrets = { authSecret: string; masterKey: Buffer }

/**
 * In embedded mode the session secret and the master key are generated on first
 * start and kept in the data folder (folder 0700, file 0600), so `npm start`
 * needs no setup.
 * With a PostgreSQL server they must be configured (see server/config.ts).
 */
export function loadInstanceSecrets(config: Config): InstanceSecrets {
  if (config.BETTER_AUTH_SECRET && config.MASTER_KEY) {
    return { authSecret: config.BETTER_AUTH_SECRET, masterKey: Buffer.from(config.MASTER_KEY, 'hex') }
  }
  const dir = path.resolve(config.DATA_DIR)
  ensurePrivateFolder(dir)
  const file = path.join(dir, 'secrets.json')
  let stored: { authSecret: string; masterKey: string }
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, 'utf8'))
  } else {
    stored = { authSecret: randomBytes(32).toString('base64url'), masterKey: randomBytes(32).toString('hex') }
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 })
  }
  // Also a file copied in or written by an older version.
  chmodSync(file, 0o600)
  return {
    authSecret: config.BETTER_AUTH_SECRET ?? stored.authSecret,
    masterKey: Buffer.from(config.MASTER_KEY ?? stored.masterKey, 'hex'),
  }
}
