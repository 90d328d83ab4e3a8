import type { MessageKey } from './en.ts'

export const arCatalogue: Partial<Record<MessageKey, string>> = {}
