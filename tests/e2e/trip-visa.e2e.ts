import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { tinyPdf } from '../fixtures/documents.ts'
import {
  planProposedAndAccepted,
  planSessions,
  type PlanSessions,
  sentToLotusAndEvaluated,
  tripPlan,
} from './support/accepted-plan.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { startApp } from './support/server.ts'
import { signedInPage } from './support/signed-in.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 17, the visa, with JavaScript off: once the family accepts Lotus's
// plan (over plain HTTP: referral-flow.e2e.ts drives those pages in the
// browser), they add the patient and two attendants (a wrong passport number
// and a third attendant refused), the coordinator asks Lotus for its
// invitation letter, the Lotus doctor uploads it (a letter missing an
// attendant refused on that attendant), and everyone sees the status with
// passports masked.
// No passport number reaches a page whole, or the server's log.
const caseId = demoIds.case.routed
const lotus = demoIds.provider.lotusNeuro
const passports = { patient: 'N1234567', karim: 'P7654321', lina: 'Q1112223' }
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const sessions: PlanSessions = {} as never

beforeAll(async () => {
  // Every log line the server writes, so the test below sees all of them.
  app = await startApp({ env: { LOG_LEVEL: 'debug' } })
  browser = await launchBrowser()
  Object.assign(sessions, await planSessions(app.url))
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function pageOf(who: keyof typeof sessions): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  await context.addCookies(
    sessions[who]
      .cookie()
      .split('; ')
      .map((c) => {
        const i = c.indexOf('=')
        return { name: c.slice(0, i), value: c.slice(i + 1), url: app.url }
      }),
  )
  return context.newPage()
}

const everyPassport = new RegExp(Object.values(passports).join('|'))

describe('the visa for an accepted plan, with JavaScript off', () => {
  test('before a plan is accepted the clinic’s travel page has nothing to show; then it is accepted', async () => {
    await sentToLotusAndEvaluated(sessions, caseId)
    const doctor = await pageOf('lotusDoctor')
    await doctor.goto(`${app.url}/clinic/referrals/${caseId}/travel`)
    await doctor
      .getByText('The trip’s documents are for the clinic whose plan the family accepts', { exact: false })
      .waitFor()
    // Treatment and recovery together (75 days) longer than the visa's 60 days.
    await planProposedAndAccepted(sessions, caseId, tripPlan)
  })

  test('the family adds travellers; a wrong passport number and a third attendant are refused', async () => {
    const family = await pageOf('patient')
    await family.goto(`${app.url}/patient/cases/${caseId}/travel`)
    await family.getByRole('heading', { name: 'The visa for this trip' }).waitFor()
    expect(await family.getByTestId('stay-warning').innerText()).toContain('75 days')
    await expectNoAxeViolations(family, 'family travel page')

    const add = async (role: string, name: string, passport: string) => {
      await family.getByLabel('Who is this?').selectOption(role)
      await family.getByLabel('Full name, exactly as in the passport').fill(name)
      await family.getByLabel('Country that issued the passport').fill('JO')
      await family.getByLabel('Passport number').fill(passport)
      await family.getByLabel('Passport expiry date').fill('2031-06-30')
      await family.getByRole('button', { name: 'Add traveller' }).click()
    }
    // Every problem of the form at once: the empty name and the passport number.
    await add('patient', '', 'N12#4')
    await family.getByRole('link', { name: /Enter the passport number as printed/ }).waitFor()
    await family.getByRole('link', { name: 'Enter the name exactly as the passport prints it.' }).waitFor()
    await add('patient', 'Salma Haddad', 'N12#4')
    await family.getByRole('link', { name: /Enter the passport number as printed/ }).waitFor()
    expect(await family.title()).toMatch(/^Error: /)
    // What was typed is kept.
    expect(await family.getByLabel('Full name, exactly as in the passport').inputValue()).toBe('Salma Haddad')
    await expectNoAxeViolations(family, 'family traveller refused')
    await add('patient', 'Salma Haddad', passports.patient)
    await family.getByText('Traveller added.').waitFor()
    await add('attendant', 'Karim Haddad', passports.karim)
    await family.getByText('Traveller added.').waitFor()
    await add('attendant', 'Lina Haddad', passports.lina)
    await family
      .getByText('The patient and 2 attendants are added: that is everyone this visa allows.')
      .waitFor()
    const masked = await family.getByTestId('passport-masked').allInnerTexts()
    expect(masked).toEqual(['•••••567', '•••••321', '•••••223'])
    expect(await family.locator('main').innerText()).not.toMatch(everyPassport)

    // A traveller added by mistake comes off the list before the letter is asked for, and goes back on.
    await family.getByRole('button', { name: 'Remove Lina Haddad' }).click()
    await family.getByText('Traveller removed.').waitFor()
    expect(await family.getByTestId('passport-masked').allInnerTexts()).toEqual(['•••••567', '•••••321'])
    await expectNoAxeViolations(family, 'family travel page, a traveller removed')
    await add('attendant', 'Lina Haddad', passports.lina)
    await family.getByText('Traveller added.').waitFor()

    // A third attendant, posted as a tampered form would: refused, with a clear message.
    const third = await sessions.patient.send(`/patient/cases/${caseId}/travel`, {
      form: {
        role: 'attendant',
        name: 'Omar Haddad',
        nationality: 'JO',
        passportNumber: 'R5556667',
        passportExpiry: '2031-06-30',
      },
    })
    expect(third.status).toBe(409)
    expect(await third.text()).toContain('This visa allows at most 2 attendants, and 2 are already added.')
  })

  test('the coordinator asks for the letter; Lotus uploads it, checked for every traveller', async () => {
    const coordinator = await pageOf('coordinator')
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}/travel`)
    await expectNoAxeViolations(coordinator, 'coordinator travel page')
    await coordinator.getByRole('button', { name: 'Ask the clinic for the invitation letter' }).click()
    await coordinator.getByText('The clinic has been asked for its invitation letter.').waitFor()
    expect(await coordinator.getByTestId('visa-status').innerText()).toBe('Letter asked of the clinic')

    const doctor = await pageOf('lotusDoctor')
    await doctor.goto(`${app.url}/clinic/referrals/${caseId}?provider=${lotus}`)
    await doctor.getByRole('link', { name: 'Travel documents and visa' }).click()
    await doctor.getByRole('heading', { name: 'Upload the signed, pre-validated letter' }).waitFor()
    await expectNoAxeViolations(doctor, 'clinic travel page')
    // With JavaScript on, the browser would keep the chosen file beside "Choose the PDF again": it is cleared too.
    const live = await signedInPage(browser, app.url, sessions.lotusDoctor)
    await live.page.goto(doctor.url())
    const liveFile = live.page.getByLabel('The signed letter (PDF)')
    await liveFile.setInputFiles({
      name: 'invitation.pdf',
      mimeType: 'application/pdf',
      buffer: tinyPdf('x'),
    })
    await live.page.getByRole('button', { name: 'Upload and check the letter' }).click()
    await live.page.getByRole('link', { name: 'Choose the PDF again' }).waitFor()
    expect(await liveFile.evaluate((input: HTMLInputElement) => input.files?.length)).toBe(0)
    await live.context.close()
    const fill = async (leaveOutLina: boolean) => {
      await doctor.getByLabel('Patient’s name in the letter').fill('Salma Haddad')
      await doctor.getByLabel('Patient’s passport number in the letter').fill(passports.patient)
      await doctor.getByLabel('Patient’s nationality in the letter').fill('JO')
      await doctor.getByLabel('Attendant 1: name in the letter').fill('Karim Haddad')
      await doctor.getByLabel('Attendant 1: passport number in the letter').fill(passports.karim)
      await doctor.getByLabel('Attendant 2: name in the letter').fill(leaveOutLina ? '' : 'Lina Haddad')
      await doctor
        .getByLabel('Attendant 2: passport number in the letter')
        .fill(leaveOutLina ? '' : passports.lina)
      await doctor.getByLabel('Treatment named in the letter').fill('Multidisciplinary ALS assessment')
      await doctor.getByLabel('Expected arrival').fill('2027-02-01')
      await doctor.getByLabel('Expected departure').fill('2027-03-15')
      await doctor.getByLabel('Treating doctor named in the letter').fill('Dr Ananya Rao')
      await doctor.getByLabel('Pre-validation reference from the government portal').fill('MV-2027-0042')
      await doctor.getByLabel('The signed letter (PDF)').setInputFiles({
        name: 'invitation.pdf',
        mimeType: 'application/pdf',
        buffer: tinyPdf('Invitation letter'),
      })
      await doctor.getByRole('button', { name: 'Upload and check the letter' }).click()
    }
    await fill(true)
    await doctor
      .getByRole('link', { name: 'The letter must name every attendant: attendant 2 is missing.' })
      .waitFor()
    // The browser dropped the chosen PDF with the refused post: the form asks for it again.
    await doctor.getByRole('link', { name: 'Choose the PDF again' }).waitFor()
    expect(await doctor.getByLabel('Patient’s name in the letter').inputValue()).toBe('Salma Haddad')
    await expectNoAxeViolations(doctor, 'clinic letter refused')
    await fill(false)
    await doctor
      .getByText('The letter names every traveller and carries every field.', { exact: false })
      .waitFor()
    expect(await doctor.getByTestId('visa-status').innerText()).toBe('Letter uploaded and checked')
    expect(await doctor.locator('main').innerText()).not.toMatch(everyPassport)

    const family = await pageOf('patient')
    await family.goto(`${app.url}/patient/cases/${caseId}/travel`)
    expect(await family.getByTestId('visa-status').innerText()).toBe('Letter uploaded and checked')
    expect(await family.locator('main').innerText()).toContain('MV-2027-0042')
    // The letter names the travellers now: nobody comes off the list from the family's page.
    expect(await family.getByRole('button', { name: /^Remove/ }).count()).toBe(0)
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}/travel`)
    await coordinator.getByRole('button', { name: 'Record that the visa was applied for' }).click()
    await coordinator.getByText('The visa’s status is saved.').waitFor()
    expect(await coordinator.getByTestId('visa-status').innerText()).toBe('Visa applied for')
    // The case page says where the visa stands, and that the stay is too long for it.
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}`)
    const visa = await coordinator.locator('section[aria-labelledby="visa"]').innerText()
    expect(visa).toContain('Visa applied for 3 travellers added.')
    expect(visa).toContain('The plan’s stay is longer than the visa allows.')
    await expectNoAxeViolations(coordinator, 'coordinator case with the visa')

    // The same page in Arabic, right to left, masked the same way.
    await family.context().addCookies([{ name: 'waypoint_lang', value: 'ar', url: app.url }])
    await family.goto(`${app.url}/patient/cases/${caseId}/travel`)
    expect(await family.locator('html').getAttribute('dir')).toBe('rtl')
    await family.getByRole('heading', { name: 'التأشيرة لهذه الرحلة' }).waitFor()
    await expectNoAxeViolations(family, 'family travel page in Arabic')

    // The emails sent (the development mailbox) and everything the server printed carry no passport number.
    const mailbox = await (await sessions.patient.send('/dev/mailbox')).text()
    expect(mailbox).toContain('visa news')
    expect(mailbox).not.toMatch(everyPassport)
    expect(app.output().length).toBeGreaterThan(1000)
    expect(app.output()).not.toMatch(everyPassport)
  })
})
