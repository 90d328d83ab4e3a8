import { gunzipSync, gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { gzipAround, prepareConstantText } from './gzip-around.ts'

const css = `.button{color:#fff;background:#1d70b8}${'.result__facts li{margin:0 0 .25rem}'.repeat(200)}`
const constant = prepareConstantText(css)

describe('gzip around a constant text', () => {
  test('a page holding the stylesheet decompresses to itself, with the stylesheet compressed once', () => {
    const page = Buffer.from(
      `<html><head><style>${css}</style></head><body>${'<li class="result">Lotus</li>'.repeat(300)}</body></html>`,
    )
    const zipped = gzipAround(page, constant, 1)
    expect(gunzipSync(zipped).equals(page)).toBe(true)
    // The stylesheet's bytes were not compressed again: its stored piece is in the stream as it was.
    expect(zipped.includes(constant.deflated)).toBe(true)
    expect(gzipSync(page, { level: 1 }).includes(constant.deflated)).toBe(false)
  })

  test('the constant at either end, alone, twice, or not at all', () => {
    for (const text of [`${css}tail`, `head${css}`, css, `${css}${css}`, 'no stylesheet here', '']) {
      expect(gunzipSync(gzipAround(Buffer.from(text), constant, 1)).toString()).toBe(text)
    }
  })

  test('any text around any constant', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 4000 }),
        fc.string({ maxLength: 3000 }),
        fc.uint8Array({ maxLength: 4000 }),
        fc.integer({ min: 1, max: 9 }),
        (before, text, after, level) => {
          const body = Buffer.concat([Buffer.from(before), Buffer.from(text), Buffer.from(after)])
          const zipped = gzipAround(body, prepareConstantText(text), level)
          expect(gunzipSync(zipped).equals(body)).toBe(true)
        },
      ),
    )
  })
})
