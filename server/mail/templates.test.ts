import { describe, expect, it } from 'vitest'
import { renderEmail } from './templates.ts'

describe('what an email says at its end', () => {
  it('tells people they may ignore an email only when it is one they might not have asked for', () => {
    const reset = renderEmail({
      template: 'reset-password',
      to: 'a@example.test',
      locale: 'en',
      params: { url: 'https://waypoint.example/reset' },
    })
    expect(reset.text).toContain('If you did not ask for this, you can ignore this email.')

    const alert = renderEmail({
      template: 'serious-adverse-event',
      to: 'coordinator@example.test',
      locale: 'fr',
      params: { url: 'https://waypoint.example/coordinator/cases/1/treatment', reference: 'WP-TEST01' },
    })
    expect(alert.text).not.toMatch(/ignore|ignorer/i)
    expect(alert.html).not.toMatch(/ignorer/i)
    expect(alert.text).toContain('WP-TEST01')
  })
})
