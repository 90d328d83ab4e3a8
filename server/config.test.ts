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

  test('several server processes need the PostgreSQL server: the embedded database opens in one', () => {
    expect(readConfig({}).WEB_CONCURRENCY).toBe(1)
    expect(() => readConfig({ WEB_CONCURRENCY: '2' })).toThrow(/WEB_CONCURRENCY above 1 needs DATABASE_URL/)
    const server = {
      DATABASE_URL: 'postgres://x@127.0.0.1/db',
      BETTER_AUTH_SECRET: 'x'.repeat(32),
      MASTER_KEY: 'ab'.repeat(32),
    }
    expect(readConfig({ ...server, WEB_CONCURRENCY: '2' }).WEB_CONCURRENCY).toBe(2)
    expect(() => readConfig({ ...server, WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY/)
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

  test('documents are kept in a folder under the data folder unless told otherwise', () => {
    expect(readConfig({ DATA_DIR: '/srv/waypoint' })).toMatchObject({
      DOCUMENT_STORAGE: 'fs',
      DOCUMENTS_DIR: '/srv/waypoint/documents',
      S3_REGION: 'us-east-1',
    })
    expect(readConfig({ DOCUMENTS_DIR: '/mnt/records' }).DOCUMENTS_DIR).toBe('/mnt/records')
  })

  test('S3 storage names what it is missing', () => {
    expect(() => readConfig({ DOCUMENT_STORAGE: 's3' })).toThrow(
      /DOCUMENT_STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/,
    )
    expect(() => readConfig({ DOCUMENT_STORAGE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      /needs S3_SECRET_ACCESS_KEY/,
    )
    expect(() => readConfig({ DOCUMENT_STORAGE: 'azure' })).toThrow(/DOCUMENT_STORAGE/)
    expect(() => readConfig({ DOCUMENT_STORAGE: 's3', S3_ENDPOINT: 'not a url' })).toThrow(ConfigError)
    expect(
      readConfig({
        DOCUMENT_STORAGE: 's3',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_BUCKET: 'records',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
      }),
    ).toMatchObject({ DOCUMENT_STORAGE: 's3', S3_BUCKET: 'records', S3_REGION: 'us-east-1' })
  })

  test('TRUST_PROXY: none by default, a hop count or ranges, and true is refused with the reason', () => {
    expect(readConfig({}).proxyTrust).toEqual({ kind: 'none' })
    expect(readConfig({ TRUST_PROXY: '1' }).proxyTrust).toEqual({ kind: 'hops', count: 1 })
    expect(readConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).proxyTrust.kind).toBe('ranges')
    expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=true would let any client choose/)
    expect(() => readConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(ConfigError)
  })
})

describe('where consultations take place', () => {
  test('by default a room on the public Jitsi Meet server', () => {
    expect(readConfig({}).meeting).toEqual({ kind: 'jitsi', domain: 'meet.jit.si' })
    expect(readConfig({ JITSI_DOMAIN: 'Video.Clinic.example' }).meeting).toEqual({
      kind: 'jitsi',
      domain: 'video.clinic.example',
    })
  })

  test('a Jitsi domain must be a host name, not an address with a path', () => {
    expect(() => readConfig({ JITSI_DOMAIN: 'https://meet.example/x' })).toThrow(/JITSI_DOMAIN/)
  })

  test('another provider is an https template with a place for the room', () => {
    const template = 'https://video.example.org/rooms/{room}'
    expect(readConfig({ MEETING_PROVIDER: 'url-template', MEETING_URL_TEMPLATE: template }).meeting).toEqual({
      kind: 'url-template',
      template,
    })
    for (const bad of [
      undefined,
      'https://video.example.org/fixed',
      'http://video.example.org/{room}',
      '{room}',
    ]) {
      expect(() => readConfig({ MEETING_PROVIDER: 'url-template', MEETING_URL_TEMPLATE: bad })).toThrow(
        /MEETING_URL_TEMPLATE/,
      )
    }
  })
})
