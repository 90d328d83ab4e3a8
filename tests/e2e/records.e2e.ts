import { createHash } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'
import { Readable } from 'node:stream'
import { PDFDocument } from 'pdf-lib'
import { alsfrsItemText, alsfrsItemTextFor } from '../../domain/alsfrs/item-text.ts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  dicomZip,
  emptyFile,
  fakeExecutablePdf,
  htmlPage,
  polyglotPdf,
  svgWithScript,
  tinyPdf,
  zipBomb,
  zipTraversal,
} from '../fixtures/documents.ts'
import { r4Issues } from '../support/fhir-r4.ts'
import { en } from '#domain/i18n/messages/en.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 4, must show 3, 4 and 5 over real HTTP: bytes come back identical,
// attack files are refused with a clear reason and leave nothing behind,
// withdrawn consent closes a clinic's access on its next request, and every
// staff read is in the audit log the patient sees.
const draftCase = demoIds.case.draft
const sentCase = demoIds.case.sent
const sentDocument = demoIds.sentDocument

let app: Awaited<ReturnType<typeof startApp>>
let patient: HttpSession
let clinic: HttpSession
let coordinator: HttpSession

beforeAll(async () => {
  app = await startApp()
  patient = await new HttpSession(app.url).signIn(demoIds.email.patient)
  clinic = await new HttpSession(app.url).signIn(demoIds.email.clinic)
  coordinator = await new HttpSession(app.url).signIn(demoIds.email.coordinator)
})
afterAll(async () => {
  await app?.stop()
})

const boundary = '----waypoint-test-boundary'
function multipart(filename: string, bytes: Buffer, extra: Record<string, string> = {}): Buffer {
  const fields = Object.entries(extra).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  )
  return Buffer.concat([
    Buffer.from(fields.join('')),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
}
const multipartHeaders = { 'content-type': `multipart/form-data; boundary=${boundary}` }

/** An upload, and the page it leads to (what was stored or refused comes in a one-minute cookie, never the address). */
async function upload(caseId: string, filename: string, bytes: Buffer) {
  const response = await patient.send(`/patient/cases/${caseId}/documents`, {
    body: new Uint8Array(multipart(filename, bytes)),
    headers: multipartHeaders,
  })
  const location = response.headers.get('location') ?? ''
  const page = location ? await (await patient.send(location)).text() : ''
  return { status: response.status, location, page }
}

function storedFiles(): string[] {
  const dir = path.join(app.dataDir, 'documents')
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
  } catch {
    return []
  }
}

async function documentRows(caseId: string): Promise<number> {
  const html = await (await patient.send(`/patient/cases/${caseId}/documents`)).text()
  return (html.match(/href="\/cases\/[0-9a-f-]+\/documents\/[0-9a-f-]+"/g) ?? []).length
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('records over HTTP', () => {
  test('an uploaded PDF and DICOM ZIP come back byte for byte, as attachments that are never cached', async () => {
    for (const [name, bytes] of [
      ['letter.pdf', tinyPdf('Round trip')],
      ['study.zip', dicomZip({ modality: 'CT' })],
    ] as const) {
      const { status, location, page } = await upload(draftCase, name, bytes)
      expect(status).toBe(303)
      expect(location).toBe(`/patient/cases/${draftCase}/documents`)
      expect(page).toContain('1 file uploaded')
      const html = await (await patient.send(`/patient/cases/${draftCase}/documents`)).text()
      const hrefs = [...html.matchAll(/href="(\/cases\/[0-9a-f-]+\/documents\/[0-9a-f-]+)"/g)].map(
        (m) => m[1]!,
      )
      const download = await patient.send(hrefs.at(-1)!)
      expect(download.status).toBe(200)
      expect(download.headers.get('content-disposition')).toContain(`filename="${name}"`)
      expect(download.headers.get('cache-control')).toBe('no-store')
      expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(sha256(bytes))
    }
    // At rest the bytes are encrypted: no stored object contains the plain text.
    const { readFileSync } = await import('node:fs')
    for (const file of storedFiles())
      expect(readFileSync(file).includes(Buffer.from('Round trip'))).toBe(false)
  })

  const attacks: [string, string, () => Buffer, string][] = [
    ['an executable renamed .pdf', 'invoice.pdf', fakeExecutablePdf, 'document.executable'],
    ['an HTML page', 'letter.pdf', htmlPage, 'document.html'],
    ['an SVG with a script', 'scan.png', svgWithScript, 'document.svg'],
    ['a PDF that is also HTML', 'report.pdf', polyglotPdf, 'document.polyglot'],
    ['a ZIP bomb', 'study.zip', zipBomb, 'zip.bomb'],
    ['a ZIP with ../ paths', 'study.zip', zipTraversal, 'zip.path-traversal'],
    ['an empty file', 'empty.pdf', emptyFile, 'document.empty'],
  ]
  for (const [what, name, make, reason] of attacks) {
    test(`${what} is refused with a clear message and nothing is stored`, async () => {
      const before = { rows: await documentRows(draftCase), files: storedFiles().length }
      const { status, location, page } = await upload(draftCase, name, make())
      expect(status).toBe(303)
      expect(location).not.toContain(name)
      expect(page).toContain('There is a problem')
      expect(page).toContain(`${name}: ${en[`documents.refusal.${reason}` as keyof typeof en]}`)
      expect(await documentRows(draftCase)).toBe(before.rows)
      expect(storedFiles().length).toBe(before.files)
      expect((await fetch(app.url + '/healthz')).status).toBe(200)
    })
  }

  test('a 501 MB file is refused as too large, streamed and never kept', { timeout: 120_000 }, async () => {
    const before = { rows: await documentRows(draftCase), files: storedFiles().length }
    const total = 501 * 1024 * 1024
    const first = Buffer.alloc(1024 * 1024, 0x20)
    first.write('%PDF-1.7\n', 0)
    const chunk = Buffer.alloc(1024 * 1024, 0x20)
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    )
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
    async function* body() {
      yield head
      for (let sent = 0; sent < total; sent += chunk.length) yield sent === 0 ? first : chunk
      yield tail
    }
    const response = await patient.send(`/patient/cases/${draftCase}/documents`, {
      body: Readable.toWeb(Readable.from(body())) as ReadableStream,
      headers: multipartHeaders,
      duplex: 'half',
    })
    expect(response.status).toBe(303)
    const page = await (await patient.send(response.headers.get('location')!)).text()
    expect(page).toContain('huge.pdf: The file must be smaller than 500 MB')
    expect(await documentRows(draftCase)).toBe(before.rows)
    expect(storedFiles().length).toBe(before.files)
  })

  test('an upload cut off half way leaves nothing visible and nothing stored', async () => {
    const before = { rows: await documentRows(draftCase), files: storedFiles().length }
    const url = new URL(app.url)
    const bytes = multipart('cut.pdf', Buffer.concat([tinyPdf(), Buffer.alloc(2 * 1024 * 1024, 0x20)]))
    await new Promise<void>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          `POST /patient/cases/${draftCase}/documents HTTP/1.1\r\nHost: ${url.host}\r\nOrigin: ${app.url}\r\nCookie: ${patient.cookie()}\r\n` +
            `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${bytes.length}\r\n\r\n`,
        )
        socket.write(bytes.subarray(0, bytes.length / 2), () => setTimeout(() => socket.destroy(), 300))
      })
      socket.on('close', () => resolve())
      socket.on('error', () => resolve())
    })
    // The server notices the broken upload, removes the partial object and keeps serving.
    const until = Date.now() + 10_000
    while (storedFiles().length !== before.files && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100))
    expect(storedFiles().length).toBe(before.files)
    expect(await documentRows(draftCase)).toBe(before.rows)
    expect((await fetch(app.url + '/healthz')).status).toBe(200)
  })
})

describe('consent and the audit log', () => {
  test('the coordinator receives the sent case in the queue', async () => {
    const queue = await (await coordinator.send('/coordinator/cases')).text()
    expect(queue).toContain(demoIds.caseReference.sent)
  })

  test('the FHIR export of a real case validates as R4', async () => {
    const response = await patient.send(`/patient/cases/${sentCase}/export/fhir`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const bundle = await response.json()
    expect(bundle.resourceType).toBe('Bundle')
    expect(r4Issues(bundle)).toEqual([])
    for (const entry of bundle.entry) expect(r4Issues(entry.resource), entry.fullUrl).toEqual([])
    // Each record's link opens the record for the family.
    const links = bundle.entry
      .filter((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'DocumentReference')
      .flatMap((e: { resource: { content: { attachment: { url: string } }[] } }) =>
        e.resource.content.map((c) => c.attachment.url),
      )
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) {
      const record = await patient.send(new URL(link).pathname)
      expect(record.status, link).toBe(200)
      await record.arrayBuffer()
    }
    const pdf = await patient.send(`/patient/cases/${sentCase}/export/pdf`)
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    // The summary is in the viewer's language (Accept-Language; the language cookie wins over it).
    const inFrench = await patient.send(`/patient/cases/${sentCase}/export/pdf`, {
      headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
    })
    const french = await PDFDocument.load(await inFrench.arrayBuffer())
    expect(french.getTitle()).toBe(`Résumé du dossier ${demoIds.caseReference.sent}`)
    // The ALSFRS-R answers read back in the reader's language too.
    const answers = await coordinator.send(`/coordinator/cases/${sentCase}`, {
      headers: { 'accept-language': 'ar' },
    })
    const html = await answers.text()
    const arAlsfrsItemText = alsfrsItemTextFor('ar', 'self')
    expect(html).toContain(`${arAlsfrsItemText['4'].label}`)
    expect(html).toContain(`${arAlsfrsItemText['4'].options[3]} (3)`)
    expect(html).not.toContain(alsfrsItemText['4'].options[3])
  })

  test('withdrawing consent stops a clinic at once; its reads are in the log the patient sees', async () => {
    // With consent, the clinic reads the referral and the shared document.
    expect((await clinic.send(`/clinic/referrals/${sentCase}`)).status).toBe(200)
    const read = await clinic.send(`/cases/${sentCase}/documents/${sentDocument}`)
    expect(read.status).toBe(200)
    await read.arrayBuffer()

    const log = await (await patient.send(`/patient/cases/${sentCase}/privacy`)).text()
    expect(log).toContain('Kavya Nair')
    // Its times are in the family's own zone, and say which.
    expect(log).toContain('Times are shown in Jordan Time.')
    expect(log).toContain(`Downloaded “${demoIds.sentDocumentName}”`)

    // The patient withdraws consent for that provider…
    const withdraw = await patient.send(`/patient/cases/${sentCase}/sharing`, {
      form: { [`share-${demoIds.provider.lotusNeuro}`]: 'no' },
    })
    expect(withdraw.status).toBe(303)
    // …and the clinic's very next requests are refused as not found.
    expect((await clinic.send(`/cases/${sentCase}/documents/${sentDocument}`)).status).toBe(404)
    expect((await clinic.send(`/clinic/referrals/${sentCase}`)).status).toBe(404)
    expect(await (await clinic.send('/clinic/referrals')).text()).not.toContain(demoIds.caseReference.sent)
  })
})
