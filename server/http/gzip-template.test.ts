import { gunzipSync, gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { fillGzipTemplate, prepareGzipTemplate } from './gzip-template.ts'

const nonceA = Buffer.from('AAAAAAAAAAAAAAAAAAAAAA==')
const nonceB = Buffer.from('k3F+/q9Zx0bT1mN2pQr7sw==')

describe('gzip template', () => {
  test('a page with holes decompresses to the page with the new value in every hole', () => {
    const page = Buffer.from(
      `<html><script nonce="${nonceA}">1</script>${'<p>search result</p>'.repeat(500)}<script nonce="${nonceA}">2</script></html>`,
    )
    const filled = fillGzipTemplate(prepareGzipTemplate(page, nonceA), nonceB)
    expect(gunzipSync(filled).toString()).toBe(
      page.toString().replaceAll(nonceA.toString(), nonceB.toString()),
    )
    expect(filled.length).toBeLessThan(page.length / 10)
  })

  test('pieces between holes still refer back to each other, as one stream would', () => {
    // The same markup on either side of every hole, as a page's around its script tags.
    const rows = (i: number) =>
      Array.from(
        { length: 20 },
        (_, j) => `<li class="result"><a href="/providers/p${(i + j) % 9}">Clinic</a></li>`,
      ).join('')
    const holes = 30
    const page = Buffer.from(
      Array.from(
        { length: holes },
        (_, i) => `<ul>${rows(i)}</ul><script nonce="${nonceA}">${i}</script>`,
      ).join(''),
    )
    const filled = fillGzipTemplate(prepareGzipTemplate(page, nonceA), nonceB)
    expect(gunzipSync(filled).toString()).toBe(
      page.toString().replaceAll(nonceA.toString(), nonceB.toString()),
    )
    // One stream, plus for each hole its value stored as it is and a flush.
    const perHole = nonceB.length + 5 + 16
    expect(filled.length).toBeLessThan(gzipSync(page, { level: 9 }).length + holes * perHole)
  })

  test('a page without the hole, an empty page and a hole at each end', () => {
    for (const text of ['no hole here', '', `${nonceA}middle${nonceA}`, `${nonceA}`]) {
      const filled = fillGzipTemplate(prepareGzipTemplate(Buffer.from(text), nonceA), nonceB)
      expect(gunzipSync(filled).toString()).toBe(text.replaceAll(nonceA.toString(), nonceB.toString()))
    }
  })

  test('any text, any hole, any value of another length', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 3000 }), { maxLength: 6 }),
        fc.uint8Array({ minLength: 8, maxLength: 40 }),
        fc.uint8Array({ maxLength: 60 }),
        (parts, hole, value) => {
          const holeBuf = Buffer.from(hole)
          const text = Buffer.concat(
            parts.flatMap((p, i) => (i ? [holeBuf, Buffer.from(p)] : [Buffer.from(p)])),
          )
          const template = prepareGzipTemplate(text, holeBuf)
          const expected = Buffer.concat(template.raw.flatMap((p, i) => (i ? [Buffer.from(value), p] : [p])))
          expect(gunzipSync(fillGzipTemplate(template, Buffer.from(value))).equals(expected)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})
