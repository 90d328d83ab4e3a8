import { randomBytes } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { meetingLink, roomName } from './meeting-link.ts'

const fixed = (byte: number) => (size: number) => new Uint8Array(size).fill(byte)

describe('the meeting link of a consultation', () => {
  test('is a room on the configured Jitsi Meet server, named from 128 random bits', () => {
    expect(meetingLink({ kind: 'jitsi', domain: 'meet.example.org' }, fixed(0))).toBe(
      `https://meet.example.org/waypoint-${'a'.repeat(26)}`,
    )
    // 128 bits are 25 letters of 5 bits and one of the last 3 bits, padded with zeros.
    expect(roomName(fixed(0xff))).toBe(`waypoint-${'7'.repeat(25)}4`)
  })

  test('every booking gets a room no one else has (no collisions in 10,000 draws)', () => {
    const rooms = new Set(Array.from({ length: 10_000 }, () => roomName(randomBytes)))
    expect(rooms.size).toBe(10_000)
    for (const room of rooms) expect(room).toMatch(/^waypoint-[a-z2-7]{26}$/)
  })

  test('the room name changes with every random bit', () => {
    const base = roomName(fixed(0))
    for (let bit = 0; bit < 128; bit++) {
      const flipped = roomName(() => {
        const bytes = new Uint8Array(16)
        bytes[bit >> 3] = 1 << (bit & 7)
        return bytes
      })
      expect(flipped).not.toBe(base)
    }
  })

  test('a URL-template provider receives the room where {room} stands', () => {
    expect(
      meetingLink({ kind: 'url-template', template: 'https://video.example.org/r/{room}?lang=en' }, fixed(0)),
    ).toBe(`https://video.example.org/r/waypoint-${'a'.repeat(26)}?lang=en`)
  })

  test('too few random bytes is a bug, not a shorter room', () => {
    expect(() => roomName(() => new Uint8Array(8))).toThrow(/16 random bytes/)
  })
})
