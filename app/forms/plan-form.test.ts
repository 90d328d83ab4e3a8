import { describe, expect, test } from 'vitest'
import { formFieldOf, readPlanForm, rowsOf } from './plan-form.ts'

describe('the plan-and-quote form', () => {
  test('shows three rows at first, one more after "Add a line", never far past the limit', () => {
    expect(rowsOf(null)).toBe(3)
    expect(rowsOf({ rows: ['3'] }, true)).toBe(4)
    expect(rowsOf({ rows: ['junk'] }, true)).toBe(4)
    expect(rowsOf({ rows: ['5000'] }, true)).toBe(101)
  })

  test('blank rows are not lines, and a line’s problem is put back on the row it was typed in', () => {
    const { input, rowOfLine } = readPlanForm({
      rows: ['4'],
      'lines.0.category': ['sessions'],
      'lines.0.description': ['Physiotherapy'],
      'lines.0.quantity': ['4'],
      'lines.0.unitPrice': ['60'],
      'lines.2.category': ['hospital-stay'],
      'lines.2.description': ['Ward bed'],
      'lines.2.quantity': ['10'],
      'lines.2.unitPrice': ['120'],
      inclusions: ['Airport pick-up\r\n\r\nInterpreter'],
    })
    expect(input.quote.lines.map((l) => l.description)).toEqual(['Physiotherapy', 'Ward bed'])
    expect(input.quote.inclusions).toEqual(['Airport pick-up', 'Interpreter'])
    expect(rowOfLine).toEqual([0, 2])
    expect(formFieldOf('lines.1.quantity', rowOfLine)).toBe('lines.2.quantity')
    expect(formFieldOf('validUntil', rowOfLine)).toBe('validUntil')
  })
})
