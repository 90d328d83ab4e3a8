import { data } from 'react-router'

// Any unknown address: the root error boundary shows a helpful 404 page in the visitor's language.
export function loader() {
  throw data(null, { status: 404 })
}

export function action() {
  throw data(null, { status: 404 })
}

export default function NotFound() {
  return null
}
