// Where a virtual consultation takes place. The default is a room on a Jitsi
// Meet server (JITSI_DOMAIN, meet.jit.si unless set) whose name nobody can
// guess: 128 random bits, so the link itself is the only way in. Another
// provider is a URL template with a {room} placeholder (MEETING_URL_TEMPLATE).
// The link is made once, when the consultation is booked, and kept: a
// reschedule moves the time, not the room.
export type MeetingProvider = { kind: 'jitsi'; domain: string } | { kind: 'url-template'; template: string }

/** Bytes from a cryptographic source: crypto.randomBytes in the shell, a fixed sequence in tests. */
export type RandomBytes = (size: number) => Uint8Array

const roomBytes = 16
const base32 = 'abcdefghijklmnopqrstuvwxyz234567'

/** 16 random bytes as 26 lower-case base32 letters and digits: safe in a URL path and in any room name. */
export function roomName(random: RandomBytes): string {
  const bytes = random(roomBytes)
  if (bytes.length !== roomBytes) throw new Error(`a room name needs ${roomBytes} random bytes`)
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += base32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += base32[(value << (5 - bits)) & 31]
  return `waypoint-${out}`
}

/** A new meeting link for one consultation. */
export function meetingLink(provider: MeetingProvider, random: RandomBytes): string {
  const room = roomName(random)
  if (provider.kind === 'jitsi') return new URL(`https://${provider.domain}/${room}`).href
  return new URL(provider.template.replaceAll('{room}', room)).href
}
