import { describe, expect, test } from 'vitest'
import { classifyDocument, MAX_FILE_BYTES } from './document-kinds.ts'
import { checkZipEntries } from './zip-policy.ts'

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)))
const dicom = () => {
  const b = new Uint8Array(200)
  b.set(bytes('DICM'), 128)
  return b
}

describe('document kind by content', () => {
  test.each([
    ['pdf', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['heic', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0])],
    ['dicom', dicom()],
    ['zip', bytes([0x50, 0x4b, 0x03, 0x04])],
  ] as const)('%s is recognised', (kind, head) => {
    expect(classifyDocument(head, head.length)).toEqual({ ok: true, value: kind })
  })

  test.each([
    ['document.executable', bytes('MZ', [0x90, 0x00])],
    ['document.executable', bytes([0x7f], 'ELF')],
    ['document.executable', bytes('#!/bin/sh\nrm -rf /')],
    ['document.html', bytes('<!DOCTYPE html><html><body>hi')],
    ['document.html', bytes('  <script>alert(1)</script>')],
    [
      'document.svg',
      bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
    ['document.polyglot', bytes('%PDF-1.4\n<html><script>alert(1)</script>')],
    ['document.polyglot', bytes([0xff, 0xd8, 0xff, 0xe0], '<script>alert(1)</script>')],
    ['document.unknown-type', bytes('just some text')],
  ] as const)('%s: refused', (reason, head) => {
    expect(classifyDocument(head, head.length)).toEqual({ ok: false, error: reason })
  })

  test('empty and oversized files are refused before anything else', () => {
    expect(classifyDocument(new Uint8Array(), 0)).toEqual({ ok: false, error: 'document.empty' })
    expect(classifyDocument(bytes('%PDF-1.7'), MAX_FILE_BYTES + 1)).toEqual({
      ok: false,
      error: 'document.too-large',
    })
    expect(classifyDocument(bytes('%PDF-1.7'), MAX_FILE_BYTES)).toEqual({ ok: true, value: 'pdf' })
  })
})

describe('zip checks', () => {
  test('a DICOM study is fine', () => {
    expect(
      checkZipEntries([
        { name: 'study/', compressedBytes: 0, uncompressedBytes: 0 },
        { name: 'study/IM0001.dcm', compressedBytes: 400_000, uncompressedBytes: 520_000 },
      ]),
    ).toEqual({
      ok: true,
      value: { files: 1, uncompressedBytes: 520_000 },
    })
  })
  test.each(['../etc/passwd', 'study/../../x.dcm', '/abs/path.dcm', 'C:\\windows\\x.dcm', 'a\\..\\..\\b'])(
    'path %s is refused',
    (name) => {
      expect(checkZipEntries([{ name, compressedBytes: 10, uncompressedBytes: 10 }])).toEqual({
        ok: false,
        error: 'zip.path-traversal',
      })
    },
  )
  test('a bomb (huge expansion) is refused', () => {
    expect(
      checkZipEntries([{ name: 'a.dcm', compressedBytes: 10_000, uncompressedBytes: 5_000_000_000 }]),
    ).toEqual({ ok: false, error: 'zip.bomb' })
  })
  test('an empty archive is refused', () => {
    expect(checkZipEntries([{ name: 'dir/', compressedBytes: 0, uncompressedBytes: 0 }])).toEqual({
      ok: false,
      error: 'zip.empty',
    })
  })
})
