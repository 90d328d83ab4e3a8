import { expect, test } from 'vitest'
import { englishTextIn } from './english-text.ts'

test('English catalogue text on a page in another language says so and keeps its direction', () => {
  expect(englishTextIn('ar')).toEqual({ lang: 'en', dir: 'ltr' })
  expect(englishTextIn('fr')).toEqual({ lang: 'en', dir: 'ltr' })
  expect(englishTextIn('en')).toEqual({})
})
