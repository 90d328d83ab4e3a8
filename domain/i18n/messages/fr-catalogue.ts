import type { MessageKey } from './en.ts'

export const frCatalogue: Partial<Record<MessageKey, string>> = {}
