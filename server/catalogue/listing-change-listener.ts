import pg from 'pg'
import type { Database } from '../db/client.ts'
import type { Logger } from '../logger.ts'
import { LISTING_CHANGED_CHANNEL } from './listing-changed.ts'

/** What an instance does when any instance changed the listings: drop cached public pages. */
export type ListingChanges = {
  /** `onChange` runs on every announced change, and after a lost listening connection is back. */
  subscribe(onChange: () => void): () => void
  stop(): Promise<void>
}

/** How the listening connection names itself in pg_stat_activity (operators, tests). */
export const LISTENER_APPLICATION_NAME = 'waypoint-listing-listener'

const RETRY_MS = { first: 250, max: 5_000 }
/** A connection that died without a word (a dropped network path) is found by this. */
const PING_EVERY_MS = 15_000

/**
 * Hears `publishListingChange` from every instance (ADR 0056). On the server
 * engine one dedicated connection holds LISTEN, outside the pool (a pooled
 * connection is handed back and its LISTEN with it); when it is lost it comes
 * back by itself, and since notices sent meanwhile are gone, coming back
 * counts as a change. PGlite is one process: its own listen hears its own
 * notify, so both engines take the same path through SQL.
 */
export async function listenForListingChanges(
  database: Database,
  options: { databaseUrl?: string; logger: Logger; connectTimeoutMs: number },
): Promise<ListingChanges> {
  const subscribers = new Set<() => void>()
  const emit = (why: string) => {
    options.logger.debug({ why, subscribers: subscribers.size }, 'public pages purged')
    for (const fn of subscribers) {
      try {
        fn()
      } catch (error) {
        options.logger.error({ err: error }, 'listing change subscriber failed')
      }
    }
  }
  const subscribe = (fn: () => void) => {
    subscribers.add(fn)
    return () => void subscribers.delete(fn)
  }

  if (database.engine === 'pglite') {
    const { pglite } = database
    const unlisten = await pglite.listen(LISTING_CHANGED_CHANNEL, () => emit('notice'))
    return {
      subscribe,
      async stop() {
        subscribers.clear()
        if (!pglite.closed) await unlisten().catch(() => {})
      },
    }
  }

  if (!options.databaseUrl) throw new Error('listing changes: the server engine needs its URL')
  const listener = serverListener(options.databaseUrl, options, emit)
  await listener.firstAttempt
  return {
    subscribe,
    async stop() {
      subscribers.clear()
      await listener.stop()
    },
  }
}

function serverListener(
  url: string,
  options: { logger: Logger; connectTimeoutMs: number },
  emit: (why: string) => void,
) {
  let current: pg.Client | null = null
  let stopped = false
  let delay = RETRY_MS.first
  let retry: NodeJS.Timeout | undefined
  let everListened = false

  const lose = (client: pg.Client) => {
    if (client !== current && current !== null) return
    const wasListening = client === current
    current = null
    client.end().catch(() => {})
    if (stopped) return
    if (wasListening) options.logger.warn({}, 'listing listener lost its connection; reconnecting')
    retry = setTimeout(() => void connect(), delay)
    retry.unref()
    delay = Math.min(delay * 2, RETRY_MS.max)
  }

  const connect = async () => {
    if (stopped) return
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: options.connectTimeoutMs,
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
    })
    let gone = false
    const onGone = () => {
      if (gone) return
      gone = true
      lose(client)
    }
    client.on('error', onGone)
    client.on('end', onGone)
    client.on('notification', (m) => {
      if (m.channel === LISTING_CHANGED_CHANNEL) emit('notice')
    })
    try {
      await client.connect()
      await client.query(`listen ${LISTING_CHANGED_CHANNEL}`)
    } catch {
      // Not listening: the next attempt waits a little longer.
      current = null
      onGone()
      return
    }
    if (stopped) return void client.end().catch(() => {})
    current = client
    delay = RETRY_MS.first
    // Whatever was announced while nobody listened is lost: purge as if told.
    if (everListened) emit('reconnected')
    everListened = true
  }

  const ping = setInterval(() => {
    const client = current
    if (!client) return
    const timeout = setTimeout(() => client.emit('error', new Error('ping timed out')), 5_000)
    client.query('select 1').then(
      () => clearTimeout(timeout),
      () => clearTimeout(timeout),
    )
  }, PING_EVERY_MS)
  ping.unref()

  return {
    firstAttempt: connect(),
    async stop() {
      stopped = true
      clearInterval(ping)
      clearTimeout(retry)
      const client = current
      current = null
      await client?.end().catch(() => {})
    },
  }
}
