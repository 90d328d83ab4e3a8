// Which address a request comes from, for throttling and logs. Behind a
// proxy the socket is the proxy's; the client is in X-Forwarded-For, which
// anyone can also write. So the header is read only as far as the proxies we
// trust, the way Express's `trust proxy` reads it (proxy-addr): start at the
// socket, step left through X-Forwarded-For while the current hop is trusted,
// and stop at the first hop that is not. The setting is TRUST_PROXY.

export type AddressRange = { bytes: readonly number[]; prefix: number }
export type ProxyTrust =
  | { kind: 'none' }
  /** The nearest `count` hops are our proxies (Express's number). */
  | { kind: 'hops'; count: number }
  /** Hops whose address is in these ranges are our proxies (Express's list). */
  | { kind: 'ranges'; ranges: readonly AddressRange[] }

/** Express's names for common ranges. */
const NAMED: Record<string, string[]> = {
  loopback: ['127.0.0.1/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
}

/** An IPv4 or IPv6 address as 16 bytes (IPv4 as ::ffff:a.b.c.d), or null. */
export function parseAddress(text: string): number[] | null {
  const s = text.trim().replace(/%[0-9A-Za-z._~-]+$/, '')
  const v4 = parseIPv4(s)
  if (v4) return [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...v4]
  return parseIPv6(s)
}

function parseIPv4(s: string): number[] | null {
  const parts = s.split('.')
  if (parts.length !== 4) return null
  const bytes = parts.map((p) => (/^(0|[1-9]\d{0,2})$/.test(p) ? Number(p) : NaN))
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null
}

function parseIPv6(s: string): number[] | null {
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || s.split('::').length > 2) return null
  const [head, tail] = s.includes('::') ? s.split('::') : [s, null]
  const groups = (part: string | undefined): number[] | null => {
    if (!part) return []
    const out: number[] = []
    const pieces = part.split(':')
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIPv4(piece)
        if (!v4) return null
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!)
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(piece)) out.push(parseInt(piece, 16))
      else return null
    }
    return out
  }
  const left = groups(head)
  const right = tail === null ? [] : groups(tail)
  if (!left || !right) return null
  const missing = 8 - left.length - right.length
  if (tail === null ? missing !== 0 : missing < 1) return null
  const all = [...left, ...Array<number>(tail === null ? 0 : missing).fill(0), ...right]
  return all.flatMap((g) => [g >> 8, g & 0xff])
}

const isMappedV4 = (b: readonly number[]) =>
  b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff

/** The address written the usual way: dotted IPv4 (also for ::ffff:a.b.c.d), compressed lower-case IPv6. */
export function formatAddress(bytes: readonly number[]): string {
  if (isMappedV4(bytes)) return bytes.slice(12).join('.')
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]!)
  let best = { at: -1, length: 1 }
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++
      continue
    }
    let j = i
    while (j < 8 && groups[j] === 0) j++
    if (j - i > best.length) best = { at: i, length: j - i }
    i = j
  }
  const hex = groups.map((g) => g.toString(16))
  if (best.at < 0) return hex.join(':')
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.length).join(':')}`
}

function parseRange(text: string): AddressRange | null {
  const [address, bits, extra] = text.trim().split('/')
  if (extra !== undefined || !address) return null
  const bytes = parseAddress(address)
  if (!bytes) return null
  const v4 = parseIPv4(address.trim()) !== null
  const max = v4 ? 32 : 128
  if (bits !== undefined && !/^\d{1,3}$/.test(bits)) return null
  const prefix = bits === undefined ? max : Number(bits)
  if (prefix > max) return null
  return { bytes, prefix: v4 ? prefix + 96 : prefix }
}

function inRange(bytes: readonly number[], range: AddressRange): boolean {
  for (let bit = 0; bit < range.prefix; bit++) {
    const mask = 0x80 >> (bit % 8)
    if ((bytes[bit >> 3]! & mask) !== (range.bytes[bit >> 3]! & mask)) return false
  }
  return true
}

export type TrustSetting = { ok: true; trust: ProxyTrust } | { ok: false; problem: string }

/**
 * TRUST_PROXY as Express reads `trust proxy`, without `true` (trusting every
 * hop lets any client choose its address): empty or `false` for none, a hop
 * count, or a comma-separated list of addresses, CIDR ranges and the names
 * `loopback`, `linklocal` and `uniquelocal`.
 */
export function parseTrustSetting(setting: string | undefined): TrustSetting {
  const value = (setting ?? '').trim().toLowerCase()
  if (value === '' || value === 'false' || value === '0') return { ok: true, trust: { kind: 'none' } }
  if (value === 'true')
    return {
      ok: false,
      problem:
        'TRUST_PROXY=true would let any client choose its address; give the number of proxies or their addresses',
    }
  if (/^\d+$/.test(value)) {
    const count = Number(value)
    return count <= 32
      ? { ok: true, trust: { kind: 'hops', count } }
      : { ok: false, problem: 'TRUST_PROXY must be at most 32 hops' }
  }
  const ranges: AddressRange[] = []
  for (const item of value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)) {
    for (const text of NAMED[item] ?? [item]) {
      const range = parseRange(text)
      if (!range)
        return {
          ok: false,
          problem: `TRUST_PROXY: "${item}" is not an address, a CIDR range or a known name`,
        }
      ranges.push(range)
    }
  }
  return { ok: true, trust: { kind: 'ranges', ranges } }
}

/** Whether the hop at `index` (0 = the socket) with this address is one of our proxies. */
export function isTrustedHop(address: string, index: number, trust: ProxyTrust): boolean {
  switch (trust.kind) {
    case 'none':
      return false
    case 'hops':
      return index < trust.count
    case 'ranges': {
      const bytes = parseAddress(address)
      return bytes !== null && trust.ranges.some((r) => inRange(bytes, r))
    }
  }
}

/**
 * The client's address: the socket's, or, through trusted proxies only, the
 * nearest X-Forwarded-For entry that is not one of them. An entry that is not
 * an address ends the walk at the hop that sent it.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | readonly string[] | undefined,
  trust: ProxyTrust,
): string {
  const socket = socketAddress ? parseAddress(socketAddress) : null
  if (!socket) return 'unknown'
  const forwarded = [forwardedFor ?? []]
    .flat()
    .flatMap((h) => h.split(','))
    .map((a) => a.trim())
    .filter(Boolean)
    .reverse()
  let client = formatAddress(socket)
  for (const [i, entry] of forwarded.entries()) {
    if (!isTrustedHop(client, i, trust)) break
    const bytes = parseAddress(entry)
    if (!bytes) break
    client = formatAddress(bytes)
  }
  return client
}

/**
 * The key an address is counted under: IPv4 as it is, IPv6 by its /64 (one
 * household or server is given a whole /64, so single addresses cost nothing).
 */
export function addressKeyOf(address: string): string {
  const bytes = parseAddress(address)
  if (!bytes) return address.slice(0, 64)
  if (isMappedV4(bytes)) return formatAddress(bytes)
  return `${formatAddress([...bytes.slice(0, 8), 0, 0, 0, 0, 0, 0, 0, 0])}/64`
}
