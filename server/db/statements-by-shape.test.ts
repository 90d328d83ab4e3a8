import { expect, test } from 'vitest'
import type { Db } from './client.ts'
import { statementsByShape } from './statements-by-shape.ts'

const aDb = () => ({}) as Db

test('a statement is built once per shape and database handle', () => {
  const built: string[] = []
  const statementOf = statementsByShape((_db, shape: { words: number }) => {
    built.push(`words=${shape.words}`)
    return { shape }
  }, JSON.stringify)
  const db = aDb()
  const two = statementOf(db, { words: 2 })
  expect(statementOf(db, { words: 2 })).toBe(two)
  expect(statementOf(db, { words: 3 })).not.toBe(two)
  expect(statementOf(aDb(), { words: 2 })).not.toBe(two)
  expect(built).toEqual(['words=2', 'words=3', 'words=2'])
})

test('past its limit, the oldest shape is dropped and built again when asked', () => {
  let builds = 0
  const statementOf = statementsByShape((_db, shape: number) => ({ shape, build: ++builds }), String, 2)
  const db = aDb()
  const one = statementOf(db, 1)
  statementOf(db, 2)
  statementOf(db, 3)
  expect(statementOf(db, 3).build).toBe(3)
  expect(statementOf(db, 1)).not.toBe(one)
  expect(builds).toBe(4)
})
