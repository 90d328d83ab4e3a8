import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { fakeExecutablePdf, tinyPdf } from '../fixtures/documents.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { signedInPage } from './support/signed-in.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// One conversation per case: with JavaScript, a coordinator's reply appears
// on the family's page without a reload; without it, the page is a plain form.
const sentCase = demoIds.case.sent
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
// One coordinator session: TOTP is enrolled once per account and app.
let coordinator: HttpSession

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  coordinator = await new HttpSession(app.url).signIn(demoIds.email.coordinator)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

// Signed in over HTTP, a fresh session per test: the sign-in page itself is another file's subject.
const signIn = (javaScriptEnabled: boolean) =>
  signedInPage(browser, app.url, demoIds.email.caregiver, { javaScriptEnabled })

describe('case messages', () => {
  test('a reply from the coordinator appears without a reload, and the family is emailed', async () => {
    const { context, page } = await signIn(true)
    await page.goto(`${app.url}/patient/cases/${sentCase}/messages`)
    await page.getByRole('heading', { level: 1, name: 'Messages' }).waitFor()
    await expectNoAxeViolations(page, 'messages')
    // The page is not reloaded: a marker set in the page survives the update.
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'))

    const body = new FormData()
    body.append('body', 'Thank you, we have the letter. The clinic will reply this week.')
    const posted = await coordinator.send(`/coordinator/cases/${sentCase}/messages`, { body })
    expect(posted.status).toBe(303)

    await page.getByText('The clinic will reply this week.').waitFor({ timeout: 15_000 })
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here')
    await context.close()

    // The family hears about it by email, without the message in it.
    let mailbox = ''
    for (
      const until = Date.now() + 15_000;
      !mailbox.includes(`New message on case ${demoIds.caseReference.sent}`) && Date.now() < until;
    ) {
      await new Promise((r) => setTimeout(r, 300))
      mailbox = await (await fetch(app.url + '/dev/mailbox')).text()
    }
    expect(mailbox).toContain(`New message on case ${demoIds.caseReference.sent}`)
    expect(mailbox).not.toContain('reply this week')
  })

  test('attachments go through the record rules: a PDF is attached, an executable is refused', async () => {
    const withPdf = new FormData()
    withPdf.append('body', 'The clinic’s checklist is attached.')
    withPdf.append('file', new Blob([new Uint8Array(tinyPdf('Checklist'))]), 'checklist.pdf')
    expect(
      (await coordinator.send(`/coordinator/cases/${sentCase}/messages`, { body: withPdf })).status,
    ).toBe(303)
    const withProgram = new FormData()
    withProgram.append('body', 'Run this')
    withProgram.append('file', new Blob([new Uint8Array(fakeExecutablePdf())]), 'invoice.pdf')
    const refused = await coordinator.send(`/coordinator/cases/${sentCase}/messages`, { body: withProgram })
    expect(refused.status).toBe(400)
    expect(await refused.text()).toContain('The file is a program, not a document')

    const family = await new HttpSession(app.url).signIn(demoIds.email.caregiver)
    const page = await (await family.send(`/patient/cases/${sentCase}/messages`)).text()
    expect(page).toContain('Attachment: checklist.pdf')
    expect(page).not.toContain('Run this')
    const link = /href="(\/cases\/[0-9a-f-]+\/documents\/[0-9a-f-]+)"[^>]*>Attachment: checklist\.pdf/.exec(
      page,
    )?.[1]
    const download = await family.send(link!)
    expect(Buffer.from(await download.arrayBuffer()).equals(tinyPdf('Checklist'))).toBe(true)

    // The same file again stops the whole message, and the page says the message was not sent.
    const again = new FormData()
    again.append('body', 'Here is the checklist once more.')
    again.append('file', new Blob([new Uint8Array(tinyPdf('Checklist'))]), 'checklist.pdf')
    const duplicate = await family.send(`/patient/cases/${sentCase}/messages`, { body: again })
    expect(duplicate.status).toBe(409)
    const html = await duplicate.text()
    expect(html).toContain('so your message was not sent')
    expect(html).toContain('Here is the checklist once more.')
  })

  test('without JavaScript, sending a message is a plain form; an empty one is refused', async () => {
    const { context, page } = await signIn(false)
    await page.goto(`${app.url}/patient/cases/${sentCase}/messages`)
    await page.getByRole('button', { name: 'Send message' }).click()
    await page.getByTestId('error-summary').waitFor()
    expect(await page.getByTestId('error-summary').innerText()).toContain('Write a message or attach a file')
    await page.getByLabel('Write a message').fill('Can we bring a wheelchair? 🙏 هل يمكن؟')
    await page.getByRole('button', { name: 'Send message' }).click()
    await page.locator('.messages').getByText('Can we bring a wheelchair? 🙏 هل يمكن؟').waitFor()
    await expectNoAxeViolations(page, 'messages without JavaScript')
    await context.close()
  })

  test('a refused message with a file asks for the file again beside its field, and keeps the text', async () => {
    const { context, page } = await signIn(false)
    await page.goto(`${app.url}/patient/cases/${sentCase}/messages`)
    const tooLong = `Our scans from the last visit. ${'x'.repeat(5000)}`
    const scan = { name: 'scan-report.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Scan report') }
    await page.getByLabel('Write a message').fill(tooLong)
    await page.getByLabel(/Attach a file/).setInputFiles(scan)
    await page.getByRole('button', { name: 'Send message' }).click()
    await page.getByTestId('error-summary').waitFor()
    // The browser has dropped the chosen file: the page says so, on the file's own field.
    await page.getByTestId('error-summary').getByRole('link', { name: 'Choose the file again' }).waitFor()
    expect(await page.locator('#file-error').innerText()).toContain('Choose the file again')
    expect(await page.getByLabel(/Attach a file/).getAttribute('aria-describedby')).toBe(
      'file-hint file-error',
    )
    // What may be sent is said before sending: the length, and the kinds of file.
    expect(await page.locator('#body-hint').innerText()).toContain('Up to 5,000 characters.')
    expect(await page.locator('#file-hint').innerText()).toContain('A PDF, a photo (JPEG, PNG, HEIC)')
    expect(await page.getByLabel('Write a message').inputValue()).toBe(tooLong)
    await expectNoAxeViolations(page, 'messages, a file to choose again')
    // Nothing of the refused message was kept: the same file, chosen again, is attached.
    await page.getByLabel('Write a message').fill('Our scans from the last visit.')
    await page.getByLabel(/Attach a file/).setInputFiles(scan)
    await page.getByRole('button', { name: 'Send message' }).click()
    await page.locator('.messages').getByText('Attachment: scan-report.pdf').waitFor()
    await context.close()
  })
})
