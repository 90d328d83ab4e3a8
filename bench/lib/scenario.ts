import { Agent } from 'undici'
import { type HttpSession, demoPassword } from '../../tests/e2e/support/http-session.ts'
import { lightFetch } from './light-fetch.ts'
import { percentile, requestTimeoutMs } from './load.ts'

// A mixed, closed-loop scenario: each connection is one visitor going through
// journeys (browse the catalogue, search, sign in and read a case) one
// request at a time. Every request is timed on its own and checked against
// the status its step expects, so a page that quietly redirects to /sign-in
// counts as an error rather than as a fast answer.
export type Step = {
  /** How the step is reported: a route pattern, not the full URL. */
  label: string
  /** Sends the request, reads the whole body and returns the status. */
  run(): Promise<number>
  expect: readonly number[]
}

export type Journey = { name: string; steps(visitor: number, round: number): Step[] }

export type StepFigures = { label: string; requests: number; p50: number; p95: number; p99: number }

export class Recorder {
  measuring = false
  latencies: number[] = []
  byLabel = new Map<string, number[]>()
  errors = new Map<string, number>()
  warmupRequests = 0
  warmupErrors = 0
  measuredErrors = 0

  record(label: string, ms: number, outcome: string | null) {
    if (outcome !== null) {
      const key = `${label}: ${outcome}`
      this.errors.set(key, (this.errors.get(key) ?? 0) + 1)
      if (this.measuring) this.measuredErrors++
      else this.warmupErrors++
      return
    }
    if (!this.measuring) {
      this.warmupRequests++
      return
    }
    this.latencies.push(ms)
    let list = this.byLabel.get(label)
    if (!list) this.byLabel.set(label, (list = []))
    list.push(ms)
  }

  steps(): StepFigures[] {
    return [...this.byLabel.entries()].map(([label, list]) => {
      const sorted = [...list].sort((a, b) => a - b)
      return {
        label,
        requests: list.length,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
      }
    })
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Runs `journeys` in turn from `connections` visitors until `until()` says
 * stop or `maxRequests` have been sent, whichever comes first. A visitor
 * checks the clock before every request, so a journey stops midway at the end,
 * and leaves a journey at its first failed step.
 */
export async function runVisitors(options: {
  connections: number
  journeys: readonly Journey[]
  recorder: Recorder
  until: () => boolean
  maxRequests: number
}): Promise<void> {
  const { connections, journeys, recorder, until, maxRequests } = options
  let sent = 0
  await Promise.all(
    Array.from({ length: connections }, async (_, visitor) => {
      // Visitors start at different journeys so they do not all sign in at once.
      for (let round = visitor; ; round++) {
        const journey = journeys[round % journeys.length]!
        for (const step of journey.steps(visitor, round)) {
          if (until() || sent >= maxRequests) return
          sent++
          const t0 = performance.now()
          let outcome: string | null
          try {
            const status = await withTimeout(step.run(), requestTimeoutMs)
            outcome = step.expect.includes(status) ? null : `status ${status}`
          } catch (error) {
            outcome = error instanceof Error ? error.message : String(error)
          }
          recorder.record(step.label, performance.now() - t0, outcome)
          // A visitor whose sign-in failed does not go on to read the case:
          // one failure is counted once, not again for every page after it.
          if (outcome !== null) break
        }
      }
    }),
  )
}

/** A fetch whose connections leave from `localAddress` (undici 8 takes it at the top of the options). */
function fetchFrom(localAddress: string): typeof fetch {
  return lightFetch(new Agent({ localAddress }))
}

const visitorFetches = new Map<number, typeof fetch>()

/**
 * Each visitor connects from its own loopback address (127.0.0.2 and up; all of
 * 127/8 is the loopback on Linux), as real visitors come from their own
 * addresses: per-address limits such as the sign-in throttle then see one
 * person each, not 64 people behind one address.
 */
export function visitorFetch(visitor: number): typeof fetch {
  let found = visitorFetches.get(visitor)
  if (!found) {
    found = fetchFrom(`127.0.0.${2 + (visitor % 250)}`)
    visitorFetches.set(visitor, found)
  }
  return found
}

let sessions = 0

/**
 * A fetch from a new loopback address in 127.1.0.0/16 for each new browser
 * session: people who sign in come from their own addresses, so the sign-in
 * throttle (a few dozen a minute per address) counts one person, while a
 * closed loop that signs in again and again from one address is an attack
 * the throttle is meant to stop.
 */
export function newSessionFetch(): typeof fetch {
  const n = sessions++ % 65_536
  return fetchFrom(`127.1.${n >> 8}.${n & 255}`)
}

/** A GET without cookies, as a visitor who has not signed in makes it. */
export function anonymousGet(base: string, path: string, label = path, fetcher: typeof fetch = fetch): Step {
  return {
    label,
    expect: [200],
    async run() {
      const response = await fetcher(base + path, {
        redirect: 'manual',
        signal: AbortSignal.timeout(requestTimeoutMs),
      })
      await response.arrayBuffer()
      return response.status
    },
  }
}

/**
 * One visit of a signed-in person: sign in first when `signIn` (a new browser
 * session), then read the pages with the session's cookies.
 */
export function signedInVisit(
  session: HttpSession,
  email: string,
  pages: { path: string; label: string }[],
  signIn: boolean,
): Step[] {
  const steps: Step[] = signIn
    ? [
        {
          label: 'POST /sign-in',
          expect: [302, 303],
          async run() {
            const response = await session.send('/sign-in', { form: { email, password: demoPassword } })
            await response.arrayBuffer()
            // A redirect without a session cookie is a failed sign-in, whatever the status says.
            if (response.status >= 300 && response.status < 400 && session.cookie() === '')
              throw new Error(`redirect ${response.status} without a session cookie`)
            return response.status
          },
        },
      ]
    : []
  for (const page of pages)
    steps.push({
      label: page.label,
      expect: [200],
      async run() {
        const response = await session.send(page.path)
        await response.arrayBuffer()
        return response.status
      },
    })
  return steps
}
