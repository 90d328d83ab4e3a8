import { asciiDigits } from '../shared/digits.ts'

// The second step of signing in takes either the six digits an authenticator
// app shows or one of the backup codes shown when two-step sign-in was set up
// (ten letters and digits, shown as two groups of five). A backup code is for
// the day the phone is lost: it is read as typed, spaces aside, and its dash
// may be left out.
export type SecondStepCode = { kind: 'app'; code: string } | { kind: 'backup'; code: string }

export function readSecondStepCode(typed: string): SecondStepCode | null {
  const plain = asciiDigits(typed).replace(/\s+/g, '')
  if (/^\d{6}$/.test(plain)) return { kind: 'app', code: plain }
  const backup = /^([A-Za-z0-9]{5})-?([A-Za-z0-9]{5})$/.exec(plain)
  return backup ? { kind: 'backup', code: `${backup[1]}-${backup[2]}` } : null
}
