import { expect, test } from 'vitest'
import { pdfEndsProperly } from './pdf-end.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

test.each([
  ['a normal end', 'trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n1234\n%%EOF\n', true],
  ['an end with CR LF and trailing blank lines', 'startxref\r\n99\r\n%%EOF\r\n\r\n', true],
  ['a file cut inside the cross-reference table', 'xref\n0 6\n0000000000 65535 f \n00000', false],
  ['a file cut just before %%EOF', 'startxref\n1234\n', false],
  ['%%EOF without startxref', 'endobj\n%%EOF\n', false],
])('%s: %s', (_name, tail, expected) => {
  expect(pdfEndsProperly(bytes(tail as string))).toBe(expected)
})

test('only the last kilobyte counts', () => {
  expect(pdfEndsProperly(bytes(`startxref\n1\n%%EOF\n${'x'.repeat(2000)}`))).toBe(false)
})
