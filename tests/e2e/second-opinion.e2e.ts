import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 15, second opinions (ADR 0050), with JavaScript off: the coordinator
// asks the demo reviewing doctor about the routed case; the doctor cannot
// open it until the family agrees (in Arabic); the doctor's empty comment is
// refused on the field, then sent; the family reads it.
const caseId = demoIds.case.routed
const reference = demoIds.caseReference.routed
const COMMENT = 'The proposed assessment is reasonable. Ask both clinics about respiratory follow-up.'
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const sessions: Record<'coordinator' | 'doctor' | 'patient', HttpSession> = {} as never

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  sessions.coordinator = await new HttpSession(app.url).signIn(demoIds.email.coordinator)
  sessions.doctor = await new HttpSession(app.url).signIn(demoIds.email.secondOpinionDoctor)
  sessions.patient = await new HttpSession(app.url).signIn(demoIds.email.patient)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** A browser page with JavaScript off, signed in as the session's person, in this language. */
async function pageOf(who: keyof typeof sessions, locale = 'en'): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const cookies = sessions[who]
    .cookie()
    .split('; ')
    .map((c) => {
      const i = c.indexOf('=')
      return { name: c.slice(0, i), value: c.slice(i + 1), url: app.url }
    })
  await context.addCookies([...cookies, { name: 'waypoint_lang', value: locale, url: app.url }])
  return context.newPage()
}

describe('a second opinion, with JavaScript off', () => {
  test('asked, agreed by the family in Arabic, answered by the doctor, read by the family', async () => {
    // The coordinator reaches the page from the case and asks the demo doctor.
    const coordinator = await pageOf('coordinator')
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}`)
    await coordinator.getByRole('link', { name: 'Second opinion' }).click()
    await coordinator.getByText('No second opinion has been asked for yet.').waitFor()
    await expectNoAxeViolations(coordinator, 'coordinator second opinion')
    await coordinator.getByRole('button', { name: 'Ask for a second opinion' }).click()
    await coordinator.getByRole('link', { name: 'Choose a reviewing doctor from the list.' }).waitFor()
    await coordinator
      .getByLabel('Reviewing doctor')
      .selectOption({ label: 'Dr Aiko Tanaka (demo reviewing doctor)' })
    await coordinator.getByRole('button', { name: 'Ask for a second opinion' }).click()
    await coordinator.getByText('The family has been asked to agree.').waitFor()
    expect(await coordinator.getByTestId('second-opinion').innerText()).toContain('Waiting for the family')

    // Before the family agrees, the doctor's area lists nothing new and the case is not found.
    const doctor = await pageOf('doctor')
    expect((await doctor.goto(`${app.url}/second-opinions/${caseId}`))?.status()).toBe(404)
    await doctor.goto(`${app.url}/second-opinions`)
    expect(await doctor.getByTestId('second-opinion-cases').innerText()).not.toContain(reference)

    // The family agrees, in Arabic (right to left).
    const family = await pageOf('patient', 'ar')
    await family.goto(`${app.url}/patient/cases/${caseId}/second-opinion`)
    expect(await family.locator('html').getAttribute('dir')).toBe('rtl')
    await expectNoAxeViolations(family, 'family second opinion (ar)')
    await family.getByRole('radio', { name: 'نعم، شارك الملف مع هذا الطبيب' }).check()
    await family.getByRole('button', { name: 'أرسل إجابتي' }).click()
    await family.getByText('يمكن للطبيب الآن قراءة الملف').waitFor()

    // The doctor now finds the case, without the patient's name; an empty comment is refused on the field.
    await doctor.goto(`${app.url}/second-opinions`)
    // Their own list says the next move is theirs.
    expect(
      await doctor.getByTestId('second-opinion-cases').locator('tr', { hasText: reference }).innerText(),
    ).toContain('Agreed by the family: your comment is awaited')
    await doctor.getByRole('link', { name: reference }).click()
    await doctor.getByRole('heading', { level: 1, name: `Second opinion · ${reference}` }).waitFor()
    expect(await doctor.locator('main').innerText()).not.toContain('Amira')
    await expectNoAxeViolations(doctor, 'doctor case')
    // No plan yet: the doctor is told that their one comment cannot come back to later plans.
    expect(await doctor.getByTestId('comment-before-plans').innerText()).toContain(
      'You can send only one comment',
    )
    await doctor.getByRole('button', { name: 'Send my comment' }).click()
    await doctor.getByRole('link', { name: 'Write your comment' }).waitFor()
    await expectNoAxeViolations(doctor, 'doctor comment refused')
    await doctor.getByRole('textbox', { name: 'What you would say to the family' }).fill(COMMENT)
    await doctor.getByRole('button', { name: 'Send my comment' }).click()
    await doctor.getByText('Your comment was sent to the family and the coordinator.').waitFor()
    expect(await doctor.getByRole('button', { name: 'Send my comment' }).count()).toBe(0)

    // The family reads the comment; so does the coordinator.
    const familyEn = await pageOf('patient')
    await familyEn.goto(`${app.url}/patient/cases/${caseId}/second-opinion`)
    expect(await familyEn.getByTestId('second-opinion-comment').innerText()).toBe(COMMENT)
    await expectNoAxeViolations(familyEn, 'family reads the comment')
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}/second-opinion`)
    expect(await coordinator.getByTestId('second-opinion-comment').innerText()).toBe(COMMENT)
  })
})
