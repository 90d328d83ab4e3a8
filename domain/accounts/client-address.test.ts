import { describe, expect, test } from 'vitest'
import {
  addressKeyOf,
  formatAddress,
  parseAddress,
  parseTrustSetting,
  resolveClientAddress,
  type ProxyTrust,
} from './client-address.ts'

const trust = (setting: string): ProxyTrust => {
  const parsed = parseTrustSetting(setting)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.trust
}

describe('TRUST_PROXY', () => {
  test.each([
    ['', 'none'],
    ['false', 'none'],
    ['0', 'none'],
    ['1', 'hops'],
    ['2', 'hops'],
    ['loopback', 'ranges'],
    ['10.0.0.0/8, 192.168.1.7', 'ranges'],
    ['loopback,uniquelocal,2001:db8::/32', 'ranges'],
  ])('%j is understood', (setting, kind) => {
    expect(trust(setting).kind).toBe(kind)
  })

  test.each(['true', 'yes', '10.0.0.0/33', '::1/129', '10.0.0', 'example.com', '99'])(
    '%j is refused with a reason',
    (setting) => {
      const parsed = parseTrustSetting(setting)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.problem).toMatch(/TRUST_PROXY/)
    },
  )
})

describe('the client address', () => {
  test.each([
    // [setting, socket, X-Forwarded-For, client]
    ['', '203.0.113.9', undefined, '203.0.113.9'],
    ['', '127.0.0.1', '198.51.100.1', '127.0.0.1'],
    ['', '::ffff:127.0.0.1', undefined, '127.0.0.1'],
    ['1', '127.0.0.1', '198.51.100.1', '198.51.100.1'],
    ['1', '127.0.0.1', '6.6.6.6, 198.51.100.1', '198.51.100.1'],
    ['2', '127.0.0.1', '6.6.6.6, 198.51.100.1, 10.0.0.5', '198.51.100.1'],
    ['2', '127.0.0.1', '198.51.100.1', '198.51.100.1'],
    ['1', '127.0.0.1', undefined, '127.0.0.1'],
    ['loopback', '127.0.0.1', '198.51.100.1', '198.51.100.1'],
    ['loopback', '::1', '198.51.100.1', '198.51.100.1'],
    ['loopback', '203.0.113.9', '198.51.100.1', '203.0.113.9'],
    ['loopback, uniquelocal', '127.0.0.1', '6.6.6.6, 198.51.100.1, 10.1.2.3', '198.51.100.1'],
    ['loopback, uniquelocal', '127.0.0.1', '10.9.9.9, 10.1.2.3', '10.9.9.9'],
    ['10.0.0.0/8', '10.0.0.2', '2001:DB8:0:0::1', '2001:db8::1'],
    ['loopback', '127.0.0.1', 'not-an-address, 198.51.100.1', '198.51.100.1'],
    ['loopback', '127.0.0.1', '198.51.100.1, garbage', '127.0.0.1'],
    ['loopback', undefined, '198.51.100.1', 'unknown'],
  ])('trust %j, socket %s, forwarded %j: %s', (setting, socket, forwarded, client) => {
    expect(resolveClientAddress(socket, forwarded, trust(setting))).toBe(client)
  })

  test('several X-Forwarded-For headers read as one list', () => {
    expect(resolveClientAddress('127.0.0.1', ['6.6.6.6', '198.51.100.1'], trust('1'))).toBe('198.51.100.1')
  })
})

describe('addresses', () => {
  test.each([
    ['::1', '::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:1:0:0:0:1', '2001:db8:0:1::1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
  ])('%s is written %s', (input, written) => {
    expect(formatAddress(parseAddress(input)!)).toBe(written)
  })

  test.each(['', '1.2.3', '256.1.1.1', '01.2.3.4', '1::2::3', '1:2:3:4:5:6:7:8:9', 'gggg::1', '<script>'])(
    '%j is not an address',
    (input) => {
      expect(parseAddress(input)).toBeNull()
    },
  )

  test('IPv6 addresses are counted by their /64, IPv4 addresses one by one', () => {
    expect(addressKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(addressKeyOf('2001:db8:1:2:bbbb::9')).toBe('2001:db8:1:2::/64')
    expect(addressKeyOf('198.51.100.7')).toBe('198.51.100.7')
    expect(addressKeyOf('unknown')).toBe('unknown')
  })
})
