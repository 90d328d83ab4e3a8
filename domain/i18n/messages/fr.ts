import type { MessageKey } from './en.ts'

export const fr: Partial<Record<MessageKey, string>> = {}
