import { readFileSync } from 'node:fs'
import { decideListing, isPublic } from '../domain/listing/decide-listing.ts'
import { parsePolicyInput } from '../domain/listing/policy-input.ts'
import { reasonMessageKey } from '../domain/listing/reason-text.ts'

// `npm run policy:check -- FILE.json`: check an offer against Waypoint's
// listing policy before submitting it. Prints the verdict as JSON: each reason
// in English, with the key of its message, which pages show in the reader's
// language (content/messages/<locale>/catalogue.json).
// Exit codes: 0 the offer can be shown, 3 it cannot (yet), 2 the input is wrong.
const file = process.argv[2]
if (!file || file === '--help') {
  console.error('Usage: npm run policy:check -- FILE.json   (see examples/policy/ for the format)')
  process.exit(2)
}
let raw: unknown
try {
  raw = JSON.parse(readFileSync(file, 'utf8'))
} catch (error) {
  console.error(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
}
const input = parsePolicyInput(raw, new Date())
if (!input.ok) {
  console.log(JSON.stringify({ error: input.error.code, issues: input.error.issues }, null, 2))
  process.exit(2)
}
const decision = decideListing(input.value)
const reasons = decision.reasons.map((r) => ({ key: reasonMessageKey(r.code), ...r }))
console.log(JSON.stringify({ ...decision, reasons }, null, 2))
process.exit(isPublic(decision.verdict) ? 0 : 3)
