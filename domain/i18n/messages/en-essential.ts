import common from '#content/messages/en/common.json' with { type: 'json' }
import type { Messages } from '../format-message.ts'

// The words the page shell needs when even the root loader failed (so no
// catalogue reached the browser): the error page must still read. They are
// English common.json, the shell's own file (layout, navigation, error pages,
// form controls), so the browser bundle carries that one file and no other.
export const enEssential: Messages = common
