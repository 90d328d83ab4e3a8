import type { Db } from './client.ts'

// Statements whose text depends on a few facts of the request (which filters
// are set, how many values a list has) and not on the values themselves.
// Drizzle builds a statement's text from its builder with every call, which
// cost the queue page about 0.45 ms of CPU a view (ADR 0075); built once per
// shape, with the values bound as placeholders, a view only fills them in.
// The shape must name everything the text depends on: two requests with the
// same shape run the same text with their own values.
//
// The statements are Drizzle's prepared queries under PostgreSQL's unnamed
// statement (the empty name), so the server still parses and plans each one
// with that view's values, as it did before: only the text is kept here.
// At most `max` shapes are kept per database handle, the oldest dropped first.
export function statementsByShape<Shape, Statement>(
  build: (db: Db, shape: Shape) => Statement,
  keyOf: (shape: Shape) => string,
  max = 256,
): (db: Db, shape: Shape) => Statement {
  const byDb = new WeakMap<Db, Map<string, Statement>>()
  return (db, shape) => {
    let statements = byDb.get(db)
    if (!statements) byDb.set(db, (statements = new Map()))
    const key = keyOf(shape)
    let statement = statements.get(key)
    if (statement === undefined) {
      statement = build(db, shape)
      if (statements.size >= max) statements.delete(statements.keys().next().value!)
      statements.set(key, statement)
    }
    return statement
  }
}

/** PostgreSQL's unnamed statement: prepared per execution, not kept on the connection. */
export const UNNAMED = ''
