import { createContext } from 'react'

/**
 * The stylesheet the root inlines in `<head>` (app/styles/app.css). The server
 * reads it from the build (entry.server); the browser takes it back from the
 * page it was sent (entry.client), so no script carries the stylesheet again
 * and the hydrating render matches the server's.
 */
export const InlineStylesContext = createContext('')

/** The id of the `<style>` element that holds it. */
export const inlineStylesId = 'app-styles'
