import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectNoAxeViolations } from './support/axe.ts'
import { launchBrowser } from './support/chromium.ts'
import { HttpSession } from './support/http-session.ts'
import { hydrated } from './support/hydrated.ts'
import { startApp } from './support/server.ts'
import { demoIds } from '#server/seed/demo-ids.ts'

// Issue 15, referrals (ADR 0043), with JavaScript off: a coordinator sends a
// case to the two clinics the family chose and shared with; the Lotus desk
// opens it and asks a question; the Rheinufer doctor finds the patient not
// eligible; the coordinator sees both, and the family reads each clinic's
// status in plain words, without the clinic's written explanation.
const caseId = demoIds.case.routed
const lotus = demoIds.provider.lotusNeuro
const rhein = demoIds.provider.rheinufer
let app: Awaited<ReturnType<typeof startApp>>
let browser: Browser
const sessions: Record<'coordinator' | 'desk' | 'doctor' | 'lotusDoctor' | 'patient', HttpSession> =
  {} as never

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  sessions.coordinator = await new HttpSession(app.url).signIn(demoIds.email.coordinator)
  sessions.desk = await new HttpSession(app.url).signIn(demoIds.email.clinic)
  sessions.doctor = await new HttpSession(app.url).signIn(demoIds.email.doctor)
  sessions.lotusDoctor = await new HttpSession(app.url).signIn(demoIds.email.lotusDoctor)
  sessions.patient = await new HttpSession(app.url).signIn(demoIds.email.patient)
})
afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** A browser page, JavaScript off unless asked, signed in as the session's person. */
async function pageOf(who: keyof typeof sessions, javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled })
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

const statusOf = async (page: Page) => (await page.getByTestId('referral-status').innerText()).trim()

describe('a case routed to two clinics, with JavaScript off', () => {
  test('one clinic asks for information, the other declares not eligible, and the family sees both', async () => {
    // The coordinator sends the case; picking nobody is refused on the field.
    const coordinator = await pageOf('coordinator')
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}`)
    await coordinator.getByText('The case has not been sent to any clinic yet.').waitFor()
    await expectNoAxeViolations(coordinator, 'coordinator case before sending')
    // A refused note leaves the family's two clinics ticked for sending.
    await coordinator.getByRole('button', { name: 'Save the note' }).click()
    await coordinator.getByRole('link', { name: 'Write the note' }).waitFor()
    expect(await coordinator.getByRole('checkbox', { name: /Lotus/ }).isChecked()).toBe(true)
    expect(await coordinator.getByRole('checkbox', { name: /Rheinufer/ }).isChecked()).toBe(true)
    await coordinator.getByRole('checkbox', { name: /Lotus/ }).uncheck()
    await coordinator.getByRole('checkbox', { name: /Rheinufer/ }).uncheck()
    await coordinator.getByRole('button', { name: 'Send to the chosen providers' }).click()
    await coordinator
      .getByRole('link', { name: 'Select at least one provider to send the case to' })
      .waitFor()
    await expectNoAxeViolations(coordinator, 'coordinator send refused')
    await coordinator.getByRole('checkbox', { name: /Lotus/ }).check()
    await coordinator.getByRole('checkbox', { name: /Rheinufer/ }).check()
    await coordinator.getByRole('button', { name: 'Send to the chosen providers' }).click()
    await coordinator.getByText('The case was sent to 2 clinics.').waitFor()
    const clinics = coordinator.locator('section[aria-labelledby="clinics"] table')
    expect(await clinics.locator('tbody tr').count()).toBe(2)
    expect(await clinics.innerText()).toContain('Sent')
    await expectNoAxeViolations(coordinator, 'coordinator case after sending')

    // Lotus's international desk: the inbox shows the referral, the first view opens it.
    const desk = await pageOf('desk')
    await desk.goto(`${app.url}/clinic/referrals`)
    const row = desk.locator('tr', { hasText: demoIds.caseReference.routed })
    expect(await row.innerText()).toContain('Sent')
    await expectNoAxeViolations(desk, 'clinic referral list')
    await desk.goto(`${app.url}/clinic/referrals/${caseId}`)
    expect(await statusOf(desk)).toContain('Opened')
    await desk.getByRole('button', { name: 'Start the evaluation' }).click()
    await desk.getByText('The referral is now “Being evaluated”.').waitFor()
    // The desk may ask, but only a treating doctor may say "not eligible".
    expect(await desk.getByRole('button', { name: 'Declare not eligible' }).count()).toBe(0)
    await desk.getByRole('button', { name: 'Ask for information' }).click()
    await desk.getByRole('link', { name: 'Enter your question for the family' }).waitFor()
    await expectNoAxeViolations(desk, 'clinic question refused')
    await desk.getByLabel('Your question').fill('Is there a spirometry result from the last three months?')
    await desk.getByRole('button', { name: 'Ask for information' }).click()
    await desk.getByText('The referral is now “Information asked”.').waitFor()
    expect(await statusOf(desk)).toContain('Information asked')
    // Waiting on the family: no answer date of the clinic's to meet, as in the inbox.
    expect(await desk.getByText('Your answer is due by').count()).toBe(0)
    await expectNoAxeViolations(desk, 'clinic referral after asking')
    // An old address naming an earlier step does not announce it again.
    const stale = new URL(desk.url())
    stale.searchParams.set('moved', 'evaluating')
    await desk.goto(stale.href)
    expect(await desk.getByText('The referral is now').count()).toBe(0)
    await desk.goto(`${app.url}/clinic/referrals`)
    expect(await desk.locator('tr', { hasText: demoIds.caseReference.routed }).innerText()).toContain(
      'Information asked',
    )
    // The inbox's views: the question put the referral in "Waiting on the patient", out of "New".
    const views = desk.getByRole('navigation', { name: 'Referrals by whose move it is' })
    await views.getByRole('link', { name: /^Waiting on the patient \(\d+\)$/ }).click()
    await desk.waitForURL(/view=waiting-on-family/)
    expect(await views.locator('[aria-current="page"]').innerText()).toMatch(/^Waiting on the patient/)
    expect(await desk.locator('tr', { hasText: demoIds.caseReference.routed }).count()).toBe(1)
    await expectNoAxeViolations(desk, 'clinic referral list, one view')
    const waiting = await views.getByRole('link', { name: /^Waiting on the patient/ }).innerText()
    await views.getByRole('link', { name: /^New \(\d+\)$/ }).click()
    await desk.waitForURL(/view=new/)
    expect(await desk.locator('tr', { hasText: demoIds.caseReference.routed }).count()).toBe(0)
    // An old link to a page past a view's end goes to its last page, not an empty table.
    await desk.goto(`${app.url}/clinic/referrals?view=new&page=40`)
    expect(new URL(desk.url()).search).toBe('?view=new')
    // The clinic's home counts the same views, and none is marked as shown.
    await desk.goto(`${app.url}/clinic`)
    const home = desk.getByRole('navigation', { name: 'Referrals by whose move it is' })
    expect(await home.getByRole('link', { name: /^Waiting on the patient/ }).innerText()).toBe(waiting)
    expect(await home.locator('[aria-current]').count()).toBe(0)
    await expectNoAxeViolations(desk, 'clinic home with its inbox views')

    // Rheinufer's treating doctor finds the patient not eligible.
    const doctor = await pageOf('doctor')
    await doctor.goto(`${app.url}/clinic/referrals/${caseId}`)
    await doctor.getByRole('button', { name: 'Start the evaluation' }).click()
    // Pressed with nothing chosen: the reason and the confirmation are asked for at once.
    await doctor.getByRole('button', { name: 'Declare not eligible' }).click()
    const summary = doctor.locator('.error-summary')
    await summary.waitFor()
    expect(await summary.getByRole('link').count()).toBe(2)
    await doctor.getByRole('radio', { name: 'The condition is too advanced' }).check()
    await doctor
      .getByLabel('Explain it for the family')
      .fill('Breathing support would be needed for the flight.')
    await doctor.getByRole('button', { name: 'Declare not eligible' }).click()
    // It ends the referral for good: asked to confirm on the form, with what was typed kept.
    await doctor.getByRole('link', { name: 'Tick the box to confirm you want to end the referral' }).waitFor()
    expect(await doctor.getByText('The referral is now').count()).toBe(0)
    const ending = doctor.locator('form', {
      has: doctor.getByRole('button', { name: 'Declare not eligible' }),
    })
    expect(await ending.getByLabel('Explain it for the family').inputValue()).toContain('Breathing support')
    await ending.getByRole('checkbox', { name: /cannot be undone/ }).check()
    await ending.getByRole('button', { name: 'Declare not eligible' }).click()
    await doctor.getByText('The referral is now “Not eligible”.').waitFor()
    expect(await doctor.getByRole('button', { name: 'Ask for information' }).count()).toBe(0)
    // The referral has ended: the family's answers and records no longer reach this clinic (ADR 0083).
    expect(await doctor.getByTestId('records-ended').innerText()).toContain('no longer shared with you')
    await expectNoAxeViolations(doctor, 'clinic referral not eligible')

    // The coordinator sees both answers, the question and the explanation among them.
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}`)
    const table = await coordinator.locator('section[aria-labelledby="clinics"] table').innerText()
    expect(table).toContain('Information asked')
    expect(table).toContain('Not eligible')
    // An ended referral has no answer date any more; one waiting on the family has none of the clinic's either.
    for (const row of await coordinator.locator('section[aria-labelledby="clinics"] table tbody tr').all())
      expect((await row.locator('td').last().innerText()).trim()).toBe('—')
    const clinicsText = await coordinator.locator('section[aria-labelledby="clinics"]').innerText()
    expect(clinicsText).toContain('spirometry result')
    expect(clinicsText).toContain('Breathing support would be needed')
    await expectNoAxeViolations(coordinator, 'coordinator case with answers')

    // The family: each clinic in plain words, no clinical text.
    const family = await pageOf('patient')
    await family.goto(`${app.url}/patient/cases/${caseId}`)
    expect(await family.getByTestId(`provider-${lotus}`).innerText()).toContain(
      'The clinic has a question for you: answer it on this page',
    )
    expect(await family.getByTestId(`provider-${rhein}`).innerText()).toContain(
      'The clinic says this treatment is not suitable for you',
    )
    expect(await family.locator('main').innerText()).not.toContain('needed for the flight')
    await expectNoAxeViolations(family, 'family case with referrals')
  })

  test('the family answers the question, the Lotus doctor sends a plan and quote, and the family accepts it', async () => {
    // The family answers Lotus's question on the case page; an empty answer is refused on its field.
    const family = await pageOf('patient')
    await family.goto(`${app.url}/patient/cases/${caseId}`)
    const question = family.getByTestId(`question-${lotus}`)
    expect(await question.innerText()).toContain('spirometry result')
    await question.getByRole('button', { name: 'Send your answer' }).click()
    await family.getByRole('link', { name: 'Enter the answer to the clinic’s question' }).waitFor()
    await expectNoAxeViolations(family, 'family answer refused')
    await family.getByLabel('Your answer').fill('Yes: FVC 71% on 3 November, the letter is in the records.')
    await family.getByRole('button', { name: 'Send your answer' }).click()
    await family.getByText('Your answer was sent to the clinic.').waitFor()
    expect(await family.getByTestId(`question-${lotus}`).count()).toBe(0)

    // The international desk is told before any typing that only a treating doctor sends a plan.
    const desk = await (await sessions.desk.send(`/clinic/referrals/${caseId}/plan?provider=${lotus}`)).text()
    expect(desk).toContain('Only a treating doctor of your clinic signs and sends a plan and quote.')
    expect(desk).not.toContain('name="protocol"')
    const deskReferral = await (
      await sessions.desk.send(`/clinic/referrals/${caseId}?provider=${lotus}`)
    ).text()
    expect(deskReferral).toContain('Only a treating doctor of your clinic finds the patient eligible or not')

    // Lotus's treating doctor reads the answer and writes the plan and quote.
    const doctor = await pageOf('lotusDoctor')
    await doctor.goto(`${app.url}/clinic/referrals/${caseId}`)
    expect(await statusOf(doctor)).toContain('Information given')
    expect(await doctor.locator('main').innerText()).toContain('FVC 71% on 3 November')
    await doctor.getByRole('link', { name: 'Write the plan and quote' }).click()
    // Each currency is named, and the doctor is told which a family sees converted into its own.
    expect(await doctor.getByLabel('Currency').locator('option[value="KWD"]').innerText()).toBe(
      'KWD — Kuwaiti Dinar',
    )
    await doctor
      .getByText(/^Families see an estimate in their own currency beside a quote in .*EUR.*INR/)
      .waitFor()
    expect(await doctor.locator('main').innerText()).not.toMatch(/beside a quote in [^.]*KWD/)
    // With JavaScript on, "Add a line" keeps the choices made in the selects
    // too (the page's forms start again from what the server rendered after a post).
    const scripted = await pageOf('lotusDoctor', true)
    await scripted.goto(doctor.url())
    await hydrated(scripted)
    await scripted.getByLabel('Currency').selectOption('INR')
    await scripted.getByTestId('line-0').getByLabel('Category').selectOption('diagnostics')
    await scripted.getByTestId('line-0').getByLabel('Description').fill('MRI')
    await scripted.getByRole('button', { name: 'Add a line' }).click()
    await scripted.getByTestId('line-3').waitFor()
    // Focus is on the new line, ready for its fields, not back at the top of the page.
    await scripted.waitForFunction(() => document.activeElement?.textContent === 'Line 4')
    expect(await scripted.getByLabel('Currency').inputValue()).toBe('INR')
    expect(await scripted.getByTestId('line-0').getByLabel('Category').inputValue()).toBe('diagnostics')
    expect(await scripted.getByTestId('line-0').getByLabel('Description').inputValue()).toBe('MRI')
    await scripted.context().close()
    await doctor.getByLabel('Protocol').fill('Multidisciplinary assessment, then respiratory physiotherapy.')
    await doctor.getByLabel('Schedule').fill('Days 1–5 assessment; days 6–9 physiotherapy.')
    await doctor.getByLabel('Number of sessions').fill('4')
    await doctor.getByLabel('Length of stay, in days').fill('10')
    await doctor.getByLabel('What happens after').fill('A written care plan for the home neurologist.')
    await doctor.getByLabel('Currency').selectOption('INR')
    await doctor.getByLabel('Price valid until').fill('2027-06-30')
    const line = (i: number) => doctor.getByTestId(`line-${i}`)
    await line(0).getByLabel('Category').selectOption('sessions')
    await line(0).getByLabel('Description').fill('Respiratory physiotherapy')
    await line(0).getByLabel('Quantity').fill('1.5')
    await line(0).getByLabel('Unit price').fill('6000.50')
    // Enter in a field sends nothing and adds no line: only the buttons do.
    const posts: string[] = []
    const onRequest = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST') posts.push(r.url())
    }
    doctor.on('request', onRequest)
    await line(0).getByLabel('Description').press('Enter')
    await doctor.waitForTimeout(800)
    doctor.off('request', onRequest)
    expect(posts).toEqual([])
    expect(await line(3).count()).toBe(0)
    await doctor.getByRole('button', { name: 'Send the plan and quote' }).click()
    await doctor
      .getByRole('link', {
        name: 'Line 1: enter the quantity as a whole number, as this category is counted in whole units',
      })
      .waitFor()
    await expectNoAxeViolations(doctor, 'plan and quote refused')
    // "Add a line" without JavaScript: one more row, and what was typed is kept.
    await doctor.getByRole('button', { name: 'Add a line' }).click()
    await line(3).waitFor()
    expect(await line(0).getByLabel('Description').inputValue()).toBe('Respiratory physiotherapy')
    await line(0).getByLabel('Quantity').fill('4')
    await line(3).getByLabel('Category').selectOption('hospital-stay')
    await line(3).getByLabel('Description').fill('Ward bed')
    await line(3).getByLabel('Quantity').fill('10')
    await line(3).getByLabel('Unit price').fill('12000')
    await expectNoAxeViolations(doctor, 'plan and quote form')
    // The same figures in dollars are eighty times Lotus's listed price: a slip the doctor confirms or mends.
    await doctor.getByLabel('Currency').selectOption('USD')
    await doctor.getByRole('button', { name: 'Send the plan and quote' }).click()
    await doctor
      .getByRole('link', { name: /^The care in this quote costs more than three times the highest price/ })
      .click()
    await doctor
      .getByRole('checkbox', { name: 'I have checked the amounts and the quote is right' })
      .waitFor()
    expect(await doctor.getByLabel('Currency').inputValue()).toBe('USD')
    expect(await line(3).getByLabel('Unit price').inputValue()).toBe('12000')
    await expectNoAxeViolations(doctor, 'plan and quote far above the listed price')
    await doctor.getByLabel('Currency').selectOption('INR')
    await doctor.getByRole('button', { name: 'Send the plan and quote' }).click()
    await doctor.getByText('The referral is now “Plan proposed”.').waitFor()
    expect(await doctor.getByTestId('sent-quote').innerText()).toContain('DEMO-KMC-1187')
    // A new plan and quote in place of this one starts from what was sent.
    await doctor.getByRole('link', { name: 'Send a new plan and quote' }).click()
    // A new currency would convert nothing: the form says the prices are the sent quote's.
    await doctor.getByText(/The prices below are in INR, as in the quote you sent/).waitFor()
    expect(await doctor.getByLabel('Protocol').inputValue()).toContain('respiratory physiotherapy')
    expect(await doctor.getByTestId('line-1').getByLabel('Description').inputValue()).toBe('Ward bed')
    // Sent again, it replaces the first: said as such, in the banner and in the history.
    await doctor.getByRole('button', { name: 'Send the plan and quote' }).click()
    await doctor
      .getByText('Your new plan and quote are with the family, in place of the earlier ones.')
      .waitFor()
    expect(await doctor.locator('main').innerText()).toContain(
      'New plan and quote sent, in place of the earlier ones',
    )

    // The family compares and accepts; the plan shows who signed it.
    await family.goto(`${app.url}/patient/cases/${caseId}`)
    await family.getByRole('link', { name: 'Compare the plans and quotes from clinics' }).click()
    // The comparison is one of the case's parts, reached from every case page.
    expect(await family.getByRole('link', { name: 'Plans and quotes' }).getAttribute('aria-current')).toBe(
      'page',
    )
    const table = await family.getByTestId('quote-comparison').innerText()
    expect(table).toContain('Dr Ananya Rao')
    expect(table).toContain('DEMO-KMC-1187')
    expect(table).toContain('Waypoint’s fee')
    await expectNoAxeViolations(family, 'family quotes')
    // Turning a plan down is asked first; "No" leaves it open.
    await family.getByRole('button', { name: /Turn down the plan from Lotus/ }).click()
    await family.getByRole('heading', { name: /^Turn down the plan from Lotus .*\?$/ }).waitFor()
    await expectNoAxeViolations(family, 'family asked before turning a plan down')
    await family.getByRole('link', { name: 'No, keep it open' }).click()
    await family.waitForURL((url) => !url.search.includes('decline'))
    expect(await family.getByRole('button', { name: /Accept the plan from Lotus/ }).count()).toBe(1)
    // Accepting ends the case with the other clinics: not without the box that says so.
    await family.getByRole('button', { name: /Accept the plan from Lotus/ }).click()
    await family
      .getByRole('link', { name: 'Tick the box to confirm you want this clinic to go ahead' })
      .waitFor()
    await expectNoAxeViolations(family, 'family acceptance unconfirmed')
    await family.getByLabel(/I have read this plan and its price, and I want Lotus/).check()
    await family.getByRole('button', { name: /Accept the plan from Lotus/ }).click()
    await family
      .getByText('You accepted the plan. Any other clinic still on the case has been told.')
      .waitFor()
    expect(await family.getByRole('button', { name: /Accept the plan/ }).count()).toBe(0)
    await expectNoAxeViolations(family, 'family quote accepted')
    await family.goto(`${app.url}/patient/cases/${caseId}`)
    expect(await family.getByTestId(`provider-${lotus}`).innerText()).toContain(
      'You accepted this clinic’s plan',
    )
    // The coordinator's case screen shows the plan and quote, and where it stands.
    const coordinator = await pageOf('coordinator')
    await coordinator.goto(`${app.url}/coordinator/cases/${caseId}`)
    const plans = await coordinator.getByTestId('coordinator-plans').innerText()
    expect(plans).toContain('Accepted')
    expect(plans).toContain('30 June 2027')
    expect(plans).toContain('DEMO-KMC-1187')
    await expectNoAxeViolations(coordinator, 'coordinator case with a quote')
    // The same comparison in Arabic, right to left.
    await family.context().addCookies([{ name: 'waypoint_lang', value: 'ar', url: app.url }])
    await family.goto(`${app.url}/patient/cases/${caseId}/quotes`)
    expect(await family.locator('html').getAttribute('dir')).toBe('rtl')
    await family.getByRole('heading', { name: 'قارن الخطط وعروض الأسعار' }).waitFor()
    await expectNoAxeViolations(family, 'family quotes in Arabic')
    // On a 320 px phone an amount stays on one line ("₹1,20,000.00", not
    // "12,0 / 00.0 / 0 ₹"): the table scrolls in a group a keyboard reaches.
    await family.setViewportSize({ width: 320, height: 800 })
    const region = family.getByRole('group', { name: 'العروض جنبًا إلى جنب' })
    expect(await region.getAttribute('tabindex')).toBe('0')
    const total = region.locator('strong').first()
    const lines = await total.evaluate((e) => {
      const range = document.createRange()
      range.selectNodeContents(e)
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
    })
    expect(lines).toBe(1)
    // When it is wider than the phone, a shade at an edge says more of it lies
    // there: two shades that stay put, and two covers that scroll with the table.
    const scroll = await region.evaluate((e) => {
      const style = getComputedStyle(e)
      return {
        shades: (style.backgroundImage.match(/radial-gradient/g) ?? []).length,
        attachment: style.backgroundAttachment,
      }
    })
    expect(scroll).toEqual({ shades: 2, attachment: 'local, local, scroll, scroll' })
    await expectNoAxeViolations(family, 'family quotes in Arabic at 320 px')
  })

  test('the family stops the case after accepting a plan: asked first, and the clinic’s part ends', async () => {
    const family = await pageOf('patient')
    await family.goto(`${app.url}/patient/cases/${caseId}`)
    await family.getByRole('link', { name: 'Stop this case' }).click()
    await family.getByRole('heading', { name: 'Stop this case', level: 1 }).waitFor()
    // A plan was accepted: what Waypoint cannot undo is said before anything is pressed.
    await family.getByText(/does not cancel a deposit, flight or hotel/).waitFor()
    await expectNoAxeViolations(family, 'family stopping a case')
    await family.getByRole('button', { name: 'Stop the case' }).click()
    await family
      .getByRole('link', { name: 'Tick the box to confirm that you want to stop the case' })
      .waitFor()
    expect(await family.getByRole('checkbox').isChecked()).toBe(false)
    await expectNoAxeViolations(family, 'family stopping a case, box not ticked')
    await family.getByLabel(/I want to stop case WP-/).check()
    await family.getByRole('button', { name: 'Stop the case' }).click()
    await family.getByText('You stopped this case').waitFor()
    expect(await family.getByText('Withdrawn', { exact: true }).count()).toBeGreaterThan(0)
    expect(await family.getByRole('link', { name: 'Stop this case' }).count()).toBe(0)
    // The clinic's accepted referral ended with the case.
    const clinic = await (await sessions.lotusDoctor.send(`/clinic/referrals/${caseId}`)).text()
    expect(clinic).toContain('The family withdrew the case')
  })
})
