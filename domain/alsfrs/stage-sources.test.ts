import { describe, expect, test } from 'vitest'
import { locales } from '../i18n/locales.ts'
import type { MessageKey } from '../i18n/messages/en.ts'
import { catalogues } from '../i18n/translate.ts'
import type { KingsStage } from './kings-stage.ts'
import type { MitosStage } from './mitos-stage.ts'
import { stageSources } from './stage-sources.ts'
import { kingsStagesExplained, mitosStagesExplained } from './stages-explained.ts'

// Every stage the result page can show has a plain explanation, in every
// language, and the explanation cites where the staging comes from.
const everyKings: readonly KingsStage[] = ['1', '2', '3', '4A', '4B']
const everyMitos: readonly MitosStage[] = [0, 1, 2, 3, 4]

describe('the stages explained', () => {
  test('cover every King’s stage the estimate gives, and MiToS 0 to 5', () => {
    expect(kingsStagesExplained).toEqual(everyKings)
    expect(mitosStagesExplained).toEqual([...everyMitos, 5])
  })

  test.each(locales)('each has its explanation in %s', (locale) => {
    const messages = catalogues[locale] as Record<MessageKey, string | undefined>
    const keys = [
      'alsfrs.stage.kings.lede',
      'alsfrs.stage.mitos.lede',
      ...kingsStagesExplained.map((s) => `alsfrs.stage.kings.${s}`),
      ...mitosStagesExplained.map((s) => `alsfrs.stage.mitos.${s}`),
    ] as MessageKey[]
    for (const key of keys) expect(messages[key], `${locale} ${key}`).toBeTruthy()
  })

  test('cite the papers that define them, from the sources registry', () => {
    const { kings, mitos } = stageSources()
    expect(kings.map((s) => s.title).join(' ')).toMatch(/Roche.*Brain 2012/)
    expect(kings.map((s) => s.title).join(' ')).toMatch(/Balendra/)
    expect(mitos[0]).toMatchObject({
      title: expect.stringMatching(/Chiò/),
      url: expect.stringMatching(/^https:/),
    })
  })
})
