import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { tinyPdf } from '../fixtures/documents.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { signedInPage } from './support/signed-in.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 14, in a real browser with JavaScript on and off: records are stored
// once, say what they are, are deleted only after a question that names
// them, and the page leads on; a sent message is confirmed and leaves an
// empty box; choosing providers shows price, stay and where warnings are
// explained; sharing says what each section holds.
const draftCase = demoIds.case.draft
const sentCase = demoIds.case.sent
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
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
const signIn = (javaScriptEnabled: boolean, email = demoIds.email.patient) =>
  signedInPage(browser, app.url, email, { javaScriptEnabled })

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor()
const pdf = (name: string, text: string) => ({ name, mimeType: 'application/pdf', buffer: tinyPdf(text) })
const banner = (page: Page) => page.getByTestId('notification-banner')
const recordsTable = (page: Page) => page.getByTestId('records').innerText()

for (const javaScriptEnabled of [true, false]) {
  const js = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript'
  const tag = javaScriptEnabled ? 'on' : 'off'

  describe(`records ${js}`, () => {
    test('files are confirmed by name and type, the box is cleared, and the same file is not stored twice', async () => {
      const { context, page } = await signIn(javaScriptEnabled)
      await page.goto(`${app.url}/patient/cases/${draftCase}/documents`)
      await heading(page, 'Records')
      await expectNoAxeViolations(page, `records ${tag}`)
      // Upload pressed before a file is chosen: said so, and the type chosen is kept.
      await page.getByLabel('MRI scan').check()
      await page.getByRole('button', { name: 'Upload', exact: true }).click()
      await page.getByText('Choose a file to upload').first().waitFor()
      expect(await page.getByLabel('MRI scan').isChecked()).toBe(true)
      await page
        .getByLabel('Choose files to upload')
        .setInputFiles([pdf(`mri-${tag}.pdf`, `MRI ${tag}`), pdf(`report-${tag}.pdf`, `Report ${tag}`)])
      await page.getByRole('button', { name: 'Upload', exact: true }).click()
      await banner(page).getByText('2 files uploaded').waitFor()
      expect(await banner(page).innerText()).toContain(`mri-${tag}.pdf: MRI scan`)
      expect(await banner(page).innerText()).toContain(`report-${tag}.pdf: MRI scan`)
      // Names never travel in the address.
      expect(page.url()).not.toContain(tag + '.pdf')
      expect(await recordsTable(page)).toContain('MRI scan')
      // At 320 px a record's name wraps at most a few times and its actions stay on the screen.
      const viewport = page.viewportSize()!
      await page.setViewportSize({ width: 320, height: 800 })
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
      const name = (await page.getByRole('heading', { name: `mri-${tag}.pdf` }).boundingBox())!
      expect(name.height).toBeLessThan(60)
      const download = (await page.getByRole('link', { name: `Download mri-${tag}.pdf` }).boundingBox())!
      expect(download.x + download.width).toBeLessThanOrEqual(320)
      expect(download.height).toBeGreaterThanOrEqual(44)
      await page.setViewportSize(viewport)
      // Nothing stays selected, so a second click cannot send the files again.
      expect(
        await page.getByLabel('Choose files to upload').evaluate((i: HTMLInputElement) => i.files?.length),
      ).toBe(0)
      expect(await page.getByLabel('MRI scan').isChecked()).toBe(false)
      await expectNoAxeViolations(page, `records after upload ${tag}`)

      // The same bytes under another name are refused, named, in the error summary.
      await page.getByLabel('Choose files to upload').setInputFiles([pdf(`again-${tag}.pdf`, `MRI ${tag}`)])
      await page.getByRole('button', { name: 'Upload', exact: true }).click()
      await page.getByTestId('error-summary').waitFor()
      expect(await page.getByTestId('error-summary').innerText()).toContain(
        `again-${tag}.pdf: This file is already in this case’s records, so it was not added again`,
      )
      expect(await recordsTable(page)).not.toContain(`again-${tag}.pdf`)
      expect(await page.getByRole('link', { name: `Download mri-${tag}.pdf` }).count()).toBe(1)
      await expectNoAxeViolations(page, `records refused ${tag}`)

      // The note is read once: a reload shows neither the banner nor the error.
      await page.reload()
      await heading(page, 'Records')
      expect(await page.getByTestId('error-summary').count()).toBe(0)
      await context.close()
    })

    test('what a record is can be changed, and a deletion asks first and names the file', async () => {
      const { context, page } = await signIn(javaScriptEnabled)
      await page.goto(`${app.url}/patient/cases/${draftCase}/documents`)
      await page
        .getByLabel('Choose files to upload')
        .setInputFiles([pdf(`letter-${tag}.pdf`, `Letter ${tag}`)])
      await page.getByRole('button', { name: 'Upload', exact: true }).click()
      await banner(page).getByText('1 file uploaded').waitFor()
      expect(await banner(page).innerText()).toContain(`letter-${tag}.pdf: Not described yet`)

      await page.getByRole('link', { name: `Change what it is letter-${tag}.pdf` }).click()
      await heading(page, 'Say what a record is')
      await expectNoAxeViolations(page, `describe a record ${tag}`)
      await page.getByRole('button', { name: 'Save' }).click()
      await page.getByTestId('error-summary').getByText('Choose what the file is').waitFor()
      await page.getByLabel('Neurologist’s letter').check()
      await page.getByRole('button', { name: 'Save' }).click()
      await banner(page).getByText(`letter-${tag}.pdf is now marked as: Neurologist’s letter`).waitFor()
      expect(await recordsTable(page)).toContain('Neurologist’s letter')
      // Staff see what the family said it is.
      const staffView = (await (await coordinator.send(`/coordinator/cases/${draftCase}`)).text()).replace(
        /<!-- -->/g,
        '',
      )
      expect(staffView).toMatch(new RegExp(`letter-${tag}\\.pdf</a> \\(Neurologist’s letter · PDF`))

      await page.getByRole('link', { name: `Delete letter-${tag}.pdf` }).click()
      await heading(page, `Delete letter-${tag}.pdf?`)
      await expectNoAxeViolations(page, `confirm deletion ${tag}`)
      // "Cancel" keeps it…
      await page.getByRole('link', { name: 'Cancel' }).click()
      await heading(page, 'Records')
      expect(await recordsTable(page)).toContain(`letter-${tag}.pdf`)
      // …"Yes" deletes it and says which.
      await page.getByRole('link', { name: `Delete letter-${tag}.pdf` }).click()
      await page.getByRole('button', { name: `Yes, delete it letter-${tag}.pdf` }).click()
      await banner(page).getByText(`letter-${tag}.pdf was deleted`).waitFor()
      expect(await recordsTable(page)).not.toContain(`letter-${tag}.pdf`)
      await context.close()
    })

    test('the records page leads back to the case and on to the next step', async () => {
      const { context, page } = await signIn(javaScriptEnabled)
      await page.goto(`${app.url}/patient/cases/${draftCase}/documents`)
      // A start-button link (GOV.UK), announced as a button.
      await page.getByRole('button', { name: 'Continue to consent' }).click()
      await heading(page, 'Consent to use health information')
      await page.goto(`${app.url}/patient/cases/${draftCase}/documents`)
      await page.getByRole('link', { name: 'Back to your case' }).click()
      await page.waitForURL(`${app.url}/patient/cases/${draftCase}`)
      await context.close()
    })

    test('text in the address is never shown as a refusal', async () => {
      const { context, page } = await signIn(javaScriptEnabled)
      await page.goto(
        `${app.url}/patient/cases/${draftCase}/documents?refused=document.empty:${encodeURIComponent('<b>Call +1 555 0100</b>')}&uploaded=3`,
      )
      await heading(page, 'Records')
      const text = await page.locator('main').innerText()
      expect(text).not.toContain('Call +1 555 0100')
      expect(text).not.toContain('files uploaded')
      expect(await page.getByTestId('error-summary').count()).toBe(0)
      await context.close()
    })

    test('a sent message is confirmed and the box is empty again', async () => {
      const { context, page } = await signIn(javaScriptEnabled, demoIds.email.caregiver)
      await page.goto(`${app.url}/patient/cases/${sentCase}/messages`)
      await heading(page, 'Messages')
      // Only a page that updates itself says so, once its scripts run (after the first paint).
      const live = page.getByText('New messages appear here by themselves.')
      if (javaScriptEnabled) await live.waitFor()
      else expect(await live.count()).toBe(0)
      const text = `Can the clinic see us on a Monday? (${tag})`
      await page.getByLabel('Write a message').fill(text)
      await page.getByRole('button', { name: 'Send message' }).click()
      const status = page.getByRole('status').filter({ hasText: 'Message sent' })
      await status.waitFor()
      expect(await status.innerText()).toContain(`You wrote: “${text}”`)
      expect(await page.getByLabel('Write a message').inputValue()).toBe('')
      expect(await page.locator('.messages').getByText(text).count()).toBe(1)
      await expectNoAxeViolations(page, `message sent ${tag}`)
      await context.close()
    })

    test('choosing providers shows price, stay, the provider page and where warnings are explained', async () => {
      const { context, page } = await signIn(javaScriptEnabled)
      await page.goto(`${app.url}/patient/cases/${draftCase}/providers`)
      await heading(page, 'Which providers would you like to hear from?')
      await expectNoAxeViolations(page, `choose providers ${tag}`)
      const form = await page.locator('main form').first().innerText()
      expect(form).toMatch(/Price: (US)?\$[\d,.]+ to (US)?\$[\d,.]+/)
      expect(form).toContain('Length of stay: 5 days')
      expect(await page.getByRole('link', { name: /^Provider page / }).count()).toBeGreaterThan(0)
      const warnings = page.getByRole('link', { name: /^Has warnings to read / }).first()
      const href = (await warnings.getAttribute('href')) ?? ''
      expect(href).toMatch(/^\/providers\/[a-z0-9-]+#warnings-[\w-]+$/)
      await warnings.click()
      await page.waitForURL((url) => url.pathname.startsWith('/providers/'))
      await page
        .locator(`#${href.split('#')[1]}`)
        .getByRole('heading', { name: 'Things to know before you choose' })
        .waitFor()
      // Like every step of the intake, this one can be left for later, back to the case's tasks.
      await page.goto(`${app.url}/patient/cases/${draftCase}/providers`)
      await page.getByRole('button', { name: 'Save and come back later' }).click()
      await page.waitForURL(new RegExp(`/patient/cases/${draftCase}$`))
      await context.close()
    })

    test('the sharing page says what each section includes', async () => {
      const { context, page } = await signIn(javaScriptEnabled)
      await page.goto(`${app.url}/patient/cases/${sentCase}/sharing`)
      await heading(page, 'Choose what each provider can see')
      const text = await page.locator('main').innerText()
      expect(text).toContain('Includes: ALSFRS-R answers and score, date answered')
      expect(text).toContain('Includes: name, date of birth')
      await expectNoAxeViolations(page, `sharing ${tag}`)
      await context.close()
    })
  })
}

describe('people on a case', () => {
  test('removing a caregiver is asked first, names them, and "No" keeps them', async () => {
    const { page, context } = await signIn(false)
    const invitee = `helper-${Date.now()}@example.test`
    await page.goto(`${app.url}/patient/cases/${draftCase}/people`)
    await page.getByLabel('Their email address').fill(invitee)
    await page.getByRole('button', { name: 'Send invitation' }).click()
    await banner(page).waitFor()
    await page.getByRole('button', { name: `Remove ${invitee}` }).click()
    await page.getByRole('heading', { name: `Remove ${invitee} from this case?` }).waitFor()
    await expectNoAxeViolations(page, 'remove a caregiver: asked first')
    await page.getByRole('link', { name: 'No, keep them' }).click()
    await page.waitForURL((url) => !url.search.includes('revoke'))
    expect(await page.locator('table').innerText()).toContain(invitee)
    await page.getByRole('button', { name: `Remove ${invitee}` }).click()
    await page.getByRole('button', { name: 'Yes, remove them' }).click()
    await page.getByText('They can no longer act on this case').waitFor()
    expect(await page.locator('table').innerText()).not.toContain(invitee)
    await context.close()
  })
})

describe('a caregiver answering an invitation', () => {
  test('the page says who invited them, and accepting it is confirmed on the case', async () => {
    const invitee = `joiner-${Date.now()}@example.test`
    const joiner = await new HttpSession(app.url).signUp('Omar Haddad', invitee, 'a long enough password 1')
    const { page, context } = await signIn(false)
    await page.goto(`${app.url}/patient/cases/${draftCase}/people`)
    await page.getByLabel('Their email address').fill(invitee)
    await page.getByRole('button', { name: 'Send invitation' }).click()
    await banner(page).waitFor()
    await context.close()
    // The invitation goes out through the job queue: look until it is there.
    let link: string | undefined
    for (const until = Date.now() + 20_000; !link;) {
      if (Date.now() > until) throw new Error('no invitation arrived')
      const mailbox = await (await joiner.send('/dev/mailbox')).text()
      for (const row of mailbox.matchAll(/<tr>.*?<\/tr>/g)) {
        const id = row[0].includes(invitee) && /\/dev\/mailbox\/([0-9a-f-]{36})/.exec(row[0])?.[1]
        if (!id) continue
        const mail = await (await joiner.send(`/dev/mailbox/${id}`)).text()
        link ??= /href="http[^"]*(\/invitations\/[^"]+)"/.exec(mail)?.[1]
      }
      if (!link) await new Promise((r) => setTimeout(r, 100))
    }
    const { page: p, context: theirs } = await signedInPage(browser, app.url, joiner, {
      javaScriptEnabled: false,
    })
    await p.goto(app.url + link)
    await p.getByText(/^.+ invited you\.$/).waitFor()
    await expectNoAxeViolations(p, 'case invitation')
    await p.getByRole('button', { name: 'Accept the invitation' }).click()
    await banner(p).getByText('You are now helping with this case').waitFor()
    expect(p.url()).toContain(`/patient/cases/${draftCase}`)
    await theirs.close()
  })
})

describe('records in Arabic', () => {
  test('an upload is confirmed right to left, with the file name intact', async () => {
    const { context, page } = await signIn(false)
    await context.addCookies([{ name: 'waypoint_lang', value: 'ar', url: app.url }])
    await page.goto(`${app.url}/patient/cases/${draftCase}/documents`)
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    await page.locator('input[type=file]').setInputFiles([pdf('تقرير الأعصاب.pdf', 'Arabic report')])
    await page.locator('form[enctype="multipart/form-data"] button[type=submit]').click()
    await banner(page).waitFor()
    expect(await banner(page).innerText()).toContain('تقرير الأعصاب.pdf')
    await expectNoAxeViolations(page, 'records in Arabic')
    await context.close()
  })

  test('at 320 px wide the records, deletion and provider pages need no sideways scrolling', async () => {
    const { context, page } = await signIn(false)
    await context.addCookies([{ name: 'waypoint_lang', value: 'ar', url: app.url }])
    await page.setViewportSize({ width: 320, height: 800 })
    const documents = `${app.url}/patient/cases/${draftCase}/documents`
    await page.goto(documents)
    await page
      .locator('input[type=file]')
      .setInputFiles([pdf('a-rather-long-file-name-from-the-clinic.pdf', 'Long')])
    await page.locator('form[enctype="multipart/form-data"] button[type=submit]').click()
    await banner(page).waitFor()
    const id = new URL(
      (await page.locator('a[href*="?delete="]').first().getAttribute('href'))!,
      app.url,
    ).searchParams.get('delete')
    for (const url of [
      documents,
      `${documents}?delete=${id}`,
      `${app.url}/patient/cases/${draftCase}/providers`,
    ]) {
      await page.goto(url)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, url).toBeLessThanOrEqual(0)
    }
    await context.close()
  })

  test('a file name of one long word does not push the record’s actions out of view', async () => {
    const { context, page } = await signIn(false)
    await page.setViewportSize({ width: 1280, height: 800 })
    const documents = `${app.url}/patient/cases/${draftCase}/documents`
    await page.goto(documents)
    await page.locator('input[type=file]').setInputFiles([pdf(`${'x'.repeat(240)}.pdf`, 'One long word')])
    await page.locator('form[enctype="multipart/form-data"] button[type=submit]').click()
    await banner(page).waitFor()
    // The page never scrolls sideways, and the record's actions are on it.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)
    const records = page.getByTestId('records')
    expect(await records.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    const ends = await records
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().right))
    expect(ends.length).toBeGreaterThan(0)
    expect(Math.max(...ends)).toBeLessThanOrEqual(1280)
    await context.close()
  })
})

describe('consent is the patient’s to withdraw', () => {
  test('a caregiver is told who decides; the patient confirms in a ticked box and is told what it did', async () => {
    const routed = demoIds.case.routed
    const helper = await signIn(false, demoIds.email.caregiver)
    await helper.page.goto(`${app.url}/patient/cases/${routed}/consent`)
    await heading(helper.page, 'Consent to use health information')
    expect(await helper.page.locator('main').innerText()).toContain(
      'Only the patient, or the person who represents them, can give or withdraw consent',
    )
    expect(await helper.page.getByRole('button', { name: 'Withdraw consent' }).count()).toBe(0)
    await helper.context.close()

    const { context, page } = await signIn(false)
    await page.goto(`${app.url}/patient/cases/${routed}/consent`)
    await page.getByRole('button', { name: 'Withdraw consent' }).click()
    await page.getByTestId('error-summary').waitFor()
    expect(await page.getByTestId('error-summary').innerText()).toContain(
      'Tick the box to confirm you want to withdraw consent',
    )
    await expectNoAxeViolations(page, 'withdraw consent, not confirmed')
    await page.getByLabel('I want to withdraw consent, and every clinic to lose access now').check()
    await page.getByRole('button', { name: 'Withdraw consent' }).click()
    await page.waitForURL(/\/consent\?withdrawn=1$/)
    expect(await banner(page).innerText()).toContain('No clinic can see the case now')
    await expectNoAxeViolations(page, 'consent withdrawn')
    await context.close()
  })
})
