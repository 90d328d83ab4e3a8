import type { ReactNode } from 'react'

export type TagTone = 'grey' | 'blue' | 'green' | 'yellow' | 'red' | 'purple'

/** A short status label. Colour is never the only signal: the text says it. */
export function Tag({ tone = 'blue', children }: { tone?: TagTone; children: ReactNode }) {
  return <strong className={`tag tag--${tone}`}>{children}</strong>
}
