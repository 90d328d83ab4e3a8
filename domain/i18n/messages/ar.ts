import type { MessageKey } from './en.ts'

export const ar: Partial<Record<MessageKey, string>> = {}
