import { describe, expect, test } from 'vitest'
import { ConfigError, readConfig } from './config.ts'

describe('configuration', () => {
  test('defaults serve on 127.0.0.1:3000 from ./data with the embedded database', () => {
    const c = readConfig({})
    expect(c).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      DATA_DIR: './data',
      embedded: true,
      NODE_ENV: 'development',
    })
    expect(c.publicUrl).toBe('http://127.0.0.1:3000')
  })

  test('a PostgreSQL server needs its secrets configured', () => {
    expect(() => readConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/db' })).toThrow(ConfigError)
    expect(() =>
      readConfig({
        DATABASE_URL: 'postgres://x@127.0.0.1/db',
        BETTER_AUTH_SECRET: 'x'.repeat(32),
        MASTER_KEY: 'ab'.repeat(32),
      }),
    ).not.toThrow()
  })

  test('bad values give a readable message naming the setting', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() =>
      readConfig({
        MASTER_KEY: 'short',
        DATABASE_URL: 'postgres://x@h/d',
        BETTER_AUTH_SECRET: 'y'.repeat(40),
      }),
    ).toThrow(/MASTER_KEY must be 64 hexadecimal/)
  })
})
