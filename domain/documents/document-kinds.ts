import { err, ok, type Result } from '../shared/result.ts'

// What a record is, decided from its first bytes, never from its name. Only
// kinds a clinic needs are accepted; everything else is refused with a reason.
export const acceptedKinds = ['pdf', 'jpeg', 'png', 'heic', 'dicom', 'zip'] as const
export type DocumentKind = (typeof acceptedKinds)[number]

export const mediaTypes: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  dicom: 'application/dicom',
  zip: 'application/zip',
}

export const MAX_FILE_BYTES = 500 * 1024 * 1024
export const MAX_CASE_BYTES = 2 * 1024 * 1024 * 1024
/** How much of the start of a file the sniffer needs to see. */
export const SNIFF_BYTES = 4096

export type RefusalReason =
  | 'document.empty'
  | 'document.too-large'
  | 'document.case-full'
  | 'document.executable'
  | 'document.html'
  | 'document.svg'
  | 'document.polyglot'
  | 'document.unknown-type'

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + length)))

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b)

/** Markup that a browser would run if the file were ever shown inline. */
function looksLikeMarkup(head: string): 'html' | 'svg' | null {
  const text = head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 1024)
    .toLowerCase()
  if (/^<svg|<svg[\s>]/.test(text) || (text.startsWith('<?xml') && text.includes('<svg'))) return 'svg'
  if (/^<!doctype html|^<html|^<script|^<head|^<body|^<iframe|^<meta/.test(text)) return 'html'
  return null
}

/**
 * Decides a file's kind from its first bytes (at least the first 4 KiB, or the
 * whole file if shorter) and its total size.
 */
export function classifyDocument(head: Uint8Array, totalBytes: number): Result<DocumentKind, RefusalReason> {
  if (totalBytes === 0 || head.length === 0) return err('document.empty')
  if (totalBytes > MAX_FILE_BYTES) return err('document.too-large')
  // Executables, whatever their name says.
  if (
    startsWith(head, [0x4d, 0x5a]) ||
    startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xfe, 0xed, 0xfa, 0xce]) ||
    ascii(head, 0, 2) === '#!'
  ) {
    return err('document.executable')
  }
  const text = ascii(head, 0, 1024)
  const markup = looksLikeMarkup(text)
  if (markup === 'svg') return err('document.svg')
  if (markup === 'html') return err('document.html')

  let kind: DocumentKind | null = null
  if (ascii(head, 0, 5) === '%PDF-') kind = 'pdf'
  else if (startsWith(head, [0xff, 0xd8, 0xff])) kind = 'jpeg'
  else if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) kind = 'png'
  else if (
    ascii(head, 4, 4) === 'ftyp' &&
    ['heic', 'heix', 'mif1', 'msf1', 'heim', 'heis'].includes(ascii(head, 8, 4))
  )
    kind = 'heic'
  else if (head.length >= 132 && ascii(head, 128, 4) === 'DICM') kind = 'dicom'
  else if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) kind = 'zip'
  if (!kind) return err('document.unknown-type')

  // A file that is also something else (a PDF with HTML or script inside its
  // first bytes, an image carrying a ZIP) is refused: one file, one meaning.
  const lower = text.toLowerCase()
  if (kind !== 'zip' && kind !== 'pdf' && (lower.includes('<script') || lower.includes('<html')))
    return err('document.polyglot')
  if (kind === 'pdf' && /<script|<html|<!doctype/.test(lower)) return err('document.polyglot')
  return ok(kind)
}

export function fitsInCase(usedBytes: number, newBytes: number): boolean {
  return usedBytes + newBytes <= MAX_CASE_BYTES
}
