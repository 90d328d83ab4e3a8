import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { alsfrsItemTextFor } from '../../domain/alsfrs/item-text.ts'
import type { ItemId } from '../../domain/alsfrs/items.ts'
import { dicomZip, tinyPdf } from '../fixtures/documents.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { signedInContext } from './support/signed-in.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 4, must show 1: a caregiver, new to Waypoint (signed up over plain
// HTTP), completes the intake for a parent with ALS (with and without
// JavaScript), uploads a PDF and a DICOM ZIP, chooses three offers, consents
// to share with two providers, and sends the case, which reaches the
// coordinator.
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const cont = (page: Page) => page.getByRole('button', { name: 'Save and continue' }).click()

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor()
}

/** Emails go out through the job queue: look until it has arrived. */
async function openEmail(page: Page, to: string, containing?: string) {
  for (const until = Date.now() + 20_000; ;) {
    await page.goto(app.url + '/dev/mailbox')
    let row = page.locator('tr', { hasText: to })
    if (containing) row = row.filter({ hasText: containing })
    if ((await row.count()) > 0) {
      await row.first().getByRole('link').click()
      await page.getByTestId('email-text').waitFor()
      return
    }
    if (Date.now() > until) throw new Error(`no email to ${to} arrived`)
    await new Promise((r) => setTimeout(r, 300))
  }
}

async function answerRadio(page: Page, title: string | RegExp, label: string | RegExp, axe = false) {
  await heading(page, title)
  if (axe) await expectNoAxeViolations(page, `question: ${title}`)
  await page.getByLabel(label).check()
  await cont(page)
}

async function answerDate(
  page: Page,
  title: string | RegExp,
  [day, month, year]: [string, string, string],
  axe = false,
) {
  await heading(page, title)
  if (axe) await expectNoAxeViolations(page, `date question: ${title}`)
  await page.getByLabel('Day').fill(day)
  await page.getByLabel('Month').fill(month)
  await page.getByLabel('Year').fill(year)
  await cont(page)
}

// The two journeys share nothing but the server (each its own caregiver, case
// and browser context), so they run at the same time: one alone leaves a core idle.
for (const javaScriptEnabled of [true, false]) {
  const title = `caregiver intake for a parent with ALS, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`
  describe.concurrent(title, () => {
    test(
      'from sign-up to a case in "records submitted" that the coordinator receives',
      { timeout: 300_000 },
      async () => {
        const axe = javaScriptEnabled // every page type once with JS; the no-JS run checks the journey itself
        const email = `karim-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}@example.test`
        // Signed up and confirmed over HTTP: those pages are patient-sign-up.e2e.ts's subject.
        const newcomer = await new HttpSession(app.url).signUp(
          'Karim Haddad',
          email,
          'a sentence I will remember',
        )
        const context = await signedInContext(browser, app.url, newcomer, { javaScriptEnabled })
        const page = await context.newPage()
        // A page React had to draw again while hydrating says so in the console (error #418).
        const scriptErrors: string[] = []
        page.on('pageerror', (e) => scriptErrors.push(String(e)))
        page.on('console', (m) =>
          m.type() === 'error' && /React error/.test(m.text()) ? scriptErrors.push(m.text()) : 0,
        )

        await page.goto(app.url + '/patient')
        await page.getByRole('button', { name: 'Start a new case' }).click()
        await heading(page, /^Case WP-/)
        if (axe) await expectNoAxeViolations(page, 'task list')
        expect(await page.locator('#task-check-status').innerText()).toBe('Cannot start yet')

        // About the patient, for someone else.
        await page.getByRole('link', { name: 'About the patient' }).click()
        await heading(page, 'Who is this case for?')
        await cont(page) // nothing chosen: a clear message, nothing saved
        await page.getByTestId('error-summary').waitFor()
        expect(await page.title()).toMatch(/^Error: /)
        // Focus is on the summary, with or without JavaScript, so the next Tab reaches its first link.
        await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'))
        if (axe) await expectNoAxeViolations(page, 'question with an error')
        await answerRadio(page, 'Who is this case for?', 'Someone I care for', axe)
        await answerRadio(page, 'How are you related to the person?', 'They are my parent')
        // On what authority they act: "neither" stops kindly and says what to do instead.
        await heading(page, 'Are you allowed to act for them?')
        if (axe) await expectNoAxeViolations(page, 'authority question')
        expect(await page.locator('main').innerText()).toContain('power of attorney')
        await answerRadio(page, 'Are you allowed to act for them?', 'Neither of these')
        await page.waitForURL(/\/no-authority$/)
        await heading(page, 'You cannot fill in this case for them yet')
        if (axe) await expectNoAxeViolations(page, 'no authority')
        expect(await page.locator('main').innerText()).toContain('invite you to help')
        await page.getByRole('link', { name: 'Change your answer' }).click()
        await answerRadio(page, 'Are you allowed to act for them?', 'I have their permission')
        await heading(page, 'What is their full name?')
        await page.getByLabel('What is their full name?').fill('Salma Haddad')
        await cont(page)
        // An impossible date keeps what was typed and says what to fix.
        await answerDate(page, 'What is their date of birth?', ['31', '2', '1958'], axe)
        await page.getByTestId('error-summary').waitFor()
        expect(await page.getByLabel('Day').inputValue()).toBe('31')
        await answerDate(page, 'What is their date of birth?', ['12', '4', '1958'])
        await heading(page, 'Which country do they live in?')
        if (axe) await expectNoAxeViolations(page, 'select question')
        await page.getByLabel('Which country do they live in?').selectOption('JO')
        // Country names come from the server alone: the browser's ICU writes some differently.
        expect(scriptErrors).toEqual([])
        await cont(page)
        await heading(page, 'Which language would they like us to use?')
        await page.getByLabel('Which language would they like us to use?').selectOption('ar')
        await cont(page)
        await heading(page, 'Which time zone are they in?')
        await page.getByLabel('Which time zone are they in?').selectOption('Asia/Amman')
        await cont(page)
        await heading(page, 'How should your coordinator contact you?')
        await page.getByLabel('Email', { exact: true }).check()
        await page.getByLabel('Email address or phone number').fill(email)
        await cont(page)
        await heading(page, /^Case for Salma Haddad/)
        expect(await page.locator('#task-about-status').innerText()).toBe('Completed')

        // Condition history. Left blank, "Save and come back later" just leaves, with nothing to fix.
        await page.getByRole('link', { name: 'Condition history' }).click()
        await heading(page, 'Which condition is this about?')
        await page.getByRole('button', { name: 'Save and come back later' }).click()
        await heading(page, /^Case for Salma Haddad/)
        expect(await page.getByTestId('error-summary').count()).toBe(0)
        await page.getByRole('link', { name: 'Condition history' }).click()
        await answerRadio(page, 'Which condition is this about?', /Amyotrophic lateral sclerosis/)
        // Not before they were born (12 April 1958).
        await answerDate(page, 'When did the first symptoms begin?', ['1', '3', '1950'])
        await page.getByRole('link', { name: 'The date must be on or after the date of birth' }).waitFor()
        await answerDate(page, 'When did the first symptoms begin?', ['1', '3', '2025'])
        // A new question starts empty: nothing typed on the one before carries over (it did with JavaScript).
        await heading(page, 'When was ALS diagnosed?')
        expect(await page.getByLabel('Day').inputValue()).toBe('')
        await answerDate(page, 'When was ALS diagnosed?', ['15', '9', '2025'])
        await answerRadio(page, 'Where did the symptoms start?', 'Arms or legs (limb)')
        await answerRadio(page, 'What did the neurologist call the diagnosis?', 'Probable ALS')
        await heading(page, 'Has a genetic test found a change linked to ALS?')
        if (axe) await expectNoAxeViolations(page, 'checkbox question')
        await page.getByLabel('No test yet, or I do not know').check()
        await cont(page)
        await heading(page, 'Which ALS medicines are taken now?')
        await page.getByLabel('Riluzole').check()
        await cont(page)
        await answerRadio(page, 'What breathing support is used?', 'None')
        await answerRadio(page, 'Is there a feeding tube (gastrostomy)?', 'No')
        await heading(page, 'What was the latest breathing test result?')
        await page.getByLabel('Forced vital capacity (FVC), % predicted').fill('78')
        await page.getByLabel('Day').fill('20')
        await page.getByLabel('Month').fill('10')
        await page.getByLabel('Year').fill('2026')
        await cont(page)
        await heading(page, /^Case for Salma Haddad/)

        // ALSFRS-R: 12 items, one per page; the option order is 4 (normal) down to 0.
        // Asked about the patient, in the third person, since her son is answering.
        const asked = alsfrsItemTextFor('en', 'other')
        await page.getByRole('link', { name: 'Daily function (ALSFRS-R)' }).click()
        await answerDate(page, /daily function questions/, ['2', '11', '2026'])
        await page.waitForURL(/\/questions\/alsfrs-1$/)
        await page.locator('h1').waitFor()
        if ((await page.locator('input[name="answer"]').count()) === 0)
          throw new Error(`stuck at ${page.url()}: ${await page.locator('body').innerText()}`)
        const scores = [4, 4, 4, 3, 3, 3, 3, 2, 2, 4, 4, 4]
        const items = ['1', '2', '3', '4', '5a', '6', '7', '8', '9', '10', '11', '12']
        for (const [i, score] of scores.entries()) {
          await page.waitForURL(new RegExp(`/questions/alsfrs-${items[i]}$`))
          // With JavaScript the URL changes before the new question renders: wait for its heading.
          await heading(page, asked[items[i] as ItemId].question)
          // Unanswered so far: the option ticked on the item before is not ticked here.
          expect(await page.locator('input[name="answer"]:checked').count()).toBe(0)
          if (i === 0) {
            if (axe) await expectNoAxeViolations(page, 'ALSFRS-R item')
            const words = await page.locator('main').innerText()
            expect(words).toContain('How is their speech?')
            expect(words).toContain(asked['1'].options[1])
            expect(words).not.toContain(alsfrsItemTextFor('en', 'self')['1'].options[1])
          }
          await page
            .locator('input[name="answer"]')
            .nth(4 - score)
            .check()
          await cont(page)
        }
        await page.waitForURL(/\/alsfrs-result$/)
        await heading(page, 'Their daily function score')
        if (axe) await expectNoAxeViolations(page, 'ALSFRS-R result')
        const result = await page.locator('main').innerText()
        expect(result).toContain('40 out of 48')
        expect(result).toMatch(/King’s stage \(estimated\)\s+2/)
        await page.getByRole('button', { name: 'Continue', exact: true }).click()

        // Goals and preferences.
        await page.getByRole('link', { name: 'Goals and preferences' }).click()
        await heading(page, 'What do they hope treatment abroad will give them?')
        if (axe) await expectNoAxeViolations(page, 'textarea question')
        // The length limit is said before it is reached.
        expect(await page.locator('main').innerText()).toContain('Up to 2,000 characters.')
        await page
          .getByLabel('What do they hope treatment abroad will give them?')
          .fill('A second opinion and a plan.')
        // "Save and come back later" saves the answer: the task goes on from the next question.
        await page.getByRole('button', { name: 'Save and come back later' }).click()
        await heading(page, /^Case for Salma Haddad/)
        expect(await page.locator('#task-goals-status').innerText()).toBe('In progress')
        await page.getByRole('link', { name: 'Goals and preferences' }).click()
        await heading(page, 'What kind of help are you interested in?')
        await page.getByLabel('A full assessment by an ALS team').check()
        await page.getByLabel('Taking part in a registered clinical trial').check()
        await cont(page)
        await heading(page, 'Which countries would you consider?')
        await page.getByLabel('Any country').check()
        await cont(page)
        await heading(page, 'What budget do you have in mind?')
        await page.getByLabel('Amount').fill('15000')
        await cont(page)
        await heading(page, 'When could you travel?')
        await cont(page)
        await answerRadio(page, 'How many people would travel with the patient?', 'One person')
        await heading(page, /^Case for Salma Haddad/)

        // Three offers; the Korean trial-stage product carries warnings to read.
        await page.getByRole('link', { name: 'Choose providers' }).click()
        await heading(page, 'Which providers would you like to hear from?')
        if (axe) await expectNoAxeViolations(page, 'choose providers')
        for (const id of [demoIds.offer.lotusMdt, demoIds.offer.rheinMdt, demoIds.offer.hanbitLenzu]) {
          await page.locator(`input[name="offer"][value="${id}"]`).check()
        }
        await cont(page)
        await heading(page, 'Read the evidence before you continue')
        if (axe) await expectNoAxeViolations(page, 'evidence')
        await cont(page)
        await page.getByTestId('error-summary').waitFor()
        for (const box of await page.locator('input[name="read"]').all()) await box.check()
        await cont(page)
        await heading(page, /^Case for Salma Haddad/)
        expect(await page.locator('#task-providers-status').innerText()).toBe('Completed')

        // Records: a PDF letter and a DICOM study as a ZIP.
        await page.getByRole('link', { name: 'Upload records' }).click()
        await heading(page, 'Records')
        if (axe) await expectNoAxeViolations(page, 'records')
        await page.getByLabel('Choose files to upload').setInputFiles([
          {
            name: 'neurology-letter.pdf',
            mimeType: 'application/pdf',
            buffer: tinyPdf('Neurology letter'),
          },
          {
            name: 'mri-brain-study.zip',
            mimeType: 'application/zip',
            buffer: dicomZip({ modality: 'MR', studyDate: '20261015' }),
          },
        ])
        await page.getByRole('button', { name: 'Upload', exact: true }).click()
        await page.getByText('2 files uploaded').waitFor()
        const records = await page.getByTestId('records').innerText()
        expect(records).toContain('neurology-letter.pdf')
        expect(records).toContain('mri-brain-study.zip')
        expect(records).toContain('MR')
        if (axe) await expectNoAxeViolations(page, 'records after upload')
        await page.getByRole('link', { name: 'Overview' }).click()

        // Consent, then what each provider sees: two yes, one no.
        await page.getByRole('link', { name: 'Consent and sharing' }).click()
        await heading(page, 'Consent to use health information')
        if (axe) await expectNoAxeViolations(page, 'consent')
        // Given for Salma, on the permission Karim said he has: the box says so.
        expect(await page.locator('main').innerText()).toContain(
          'You are giving this consent for Salma Haddad',
        )
        await page
          .getByLabel(
            'Salma Haddad agrees, and on their behalf I consent to Waypoint using their health information as described above',
          )
          .check()
        await page.getByRole('button', { name: 'Give consent and continue' }).click()
        await heading(page, 'Choose what each provider can see')
        if (axe) await expectNoAxeViolations(page, 'sharing')
        const section = (name: RegExp) =>
          page.locator('section', { has: page.getByRole('heading', { name }) })
        const lotus = section(/Lotus Neuro Care/)
        await lotus.getByLabel('Yes, share what I choose below').check()
        await lotus.getByLabel('Condition history').check()
        await lotus.getByLabel('Daily function (ALSFRS-R)').check()
        await lotus.getByLabel('neurology-letter.pdf').check()
        await lotus.getByLabel('mri-brain-study.zip').check()
        const rhein = section(/Klinik am Rheinufer/)
        await rhein.getByLabel('Yes, share what I choose below').check()
        await rhein.getByLabel('Condition history').check()
        await section(/Hanbit/)
          .getByLabel('No, do not share')
          .check()
        await page.getByRole('button', { name: 'Save sharing choices' }).click()
        await heading(page, /^Case for Salma Haddad/)
        // Saved, and said so where the family lands.
        await page.getByTestId('notification-banner').getByText('Sharing choices saved').waitFor()
        expect(await page.locator('#task-consent-status').innerText()).toBe('Completed')

        // Check answers, change one, send.
        await page.getByRole('link', { name: 'Check your answers and send' }).click()
        await heading(page, 'Check your answers before sending')
        if (axe) await expectNoAxeViolations(page, 'check answers')
        const summary = await page.locator('main').innerText()
        expect(summary).toContain('Salma Haddad')
        expect(summary).toContain('They are my parent')
        expect(summary).toContain('I have their permission')
        // Shared with the chosen provider: no warning that the case would reach no provider.
        expect(await page.getByTestId('shares-nothing').count()).toBe(0)
        expect(summary).toContain(`${asked['4'].options[3]} (3)`)
        // A breathing support that the daily-function answer (no machine) now contradicts: that
        // answer is asked again, so clinics never get a King's stage the history disagrees with.
        await page.getByRole('link', { name: 'Change Breathing support in use' }).click()
        await answerRadio(page, 'What breathing support is used?', /part of the day or night/)
        await heading(page, 'Check your answers before sending')
        expect(await page.locator('main').innerText()).toContain(
          'A mask ventilator (NIV) for part of the day or night',
        )
        await page.goto(
          `${page.url().replace(/\/check-answers.*$/, '')}/questions/alsfrs-12?returnTo=check-answers`,
        )
        await heading(page, asked['12'].question)
        expect(await page.locator('input[name="answer"]:checked').count()).toBe(0)
        // "No machine" again is refused, naming the earlier answer.
        await page.locator('input[name="answer"]').nth(0).check()
        await cont(page)
        await page
          .getByTestId('error-summary')
          .getByText(/Earlier you said a mask ventilator \(NIV\) is used/)
          .waitFor()
        await page.locator('input[name="answer"]').nth(1).check()
        await cont(page)
        await heading(page, 'Check your answers before sending')
        await page.getByRole('button', { name: 'Send the case' }).click()
        await heading(page, 'Case sent')
        if (axe) await expectNoAxeViolations(page, 'case sent')
        const reference = (await page.locator('.panel strong').innerText()).trim()
        expect(reference).toMatch(/^WP-[2-9A-Z]{6}$/)
        // A date, as in the receipt email, not a vague "within two working days".
        expect(await page.getByTestId('next-step').innerText()).toMatch(
          /reply by (\d{1,2} \w+|\w+ \d{1,2},) \d{4}/,
        )
        await page.getByRole('link', { name: 'Go to your case' }).click()
        await heading(page, /^Case for Salma Haddad/)
        expect(await page.locator('main').innerText()).toContain('Records submitted')
        // The outcome chart: server-rendered SVG and its table, with or without JavaScript.
        const chart = page.getByTestId('outcome-chart')
        expect(await chart.getByRole('img', { name: /ALSFRS-R total over time/ }).isVisible()).toBe(true)
        const firstRow = await page.getByTestId('outcome-table').locator('tbody tr').first().locator('th, td')
        // 39: item 12 was answered again as "a mask ventilator part of the time" (3), after 4.
        expect((await firstRow.allInnerTexts()).slice(1, 3)).toEqual(['Intake', '39'])
        await expectNoAxeViolations(
          page,
          `case page with outcome chart, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`,
        )

        // The coordinator is told (by email, in their language, with no health details).
        await openEmail(page, demoIds.email.coordinator, reference)
        const mail = await page.getByTestId('email-text').innerText()
        expect(mail).toContain(reference)
        expect(mail).not.toContain('Salma')
        await context.close()
      },
    )
  })
}
