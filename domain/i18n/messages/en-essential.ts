import type { Messages } from '../format-message.ts'

// The few words the page shell needs when even the root loader failed (so no
// catalogue reached the browser): the error page must still read. A unit test
// keeps these equal to en.ts.
export const enEssential: Messages = {
  'app.name': 'Waypoint',
  'layout.skip': 'Skip to main content',
  'layout.nav.label': 'Main',
  'layout.nav.sections': 'Sections',
  'layout.nav.signIn': 'Sign in',
  'layout.nav.signUp': 'Create an account',
  'layout.language.label': 'Language',
  'layout.footer.label': 'Site information',
  'layout.footer.about':
    'Waypoint helps people weigh treatment abroad on the evidence. We never rank providers by what they pay us.',
  'layout.footer.demo': 'This is a demonstration: every provider shown is fictional.',
  'nav.findProviders': 'Find providers',
  'nav.als': 'ALS: what is proven',
  'nav.stemCellGuide': 'Stem cells for ALS: the facts',
  'estimator.title': 'Cost estimator',
  'notFound.title': 'Page not found',
  'notFound.body':
    'If you typed the web address, check it is correct. If you pasted it, check you copied all of it.',
  'notFound.home': 'Go to the home page',
  'serverError.title': 'Sorry, there is a problem with the service',
  'serverError.body': 'Try again later. Anything you had saved is safe.',
}
