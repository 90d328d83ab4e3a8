import { areaHomeExamples } from './area-landing.examples.tsx'
import { caseAnswersExamples } from './case-answers.examples.tsx'
import { caseDocumentsExamples } from './case-documents.examples.tsx'
import { casePageExamples } from './case-nav.examples.tsx'
import { askFirstExamples } from './patterns/ask-first.examples.tsx'
import { choicesExamples } from './patterns/choices.examples.tsx'
import { dateInputExamples } from './patterns/date-input.examples.tsx'
import { emailFieldExamples } from './patterns/email-field.examples.tsx'
import { errorSummaryExamples } from './patterns/error-summary.examples.tsx'
import { fieldMessagesExamples } from './patterns/field-messages.examples.tsx'
import { fieldExamples } from './patterns/field.examples.tsx'
import { notificationBannerExamples } from './patterns/notification-banner.examples.tsx'
import { pageHeaderExamples } from './patterns/page-header.examples.tsx'
import { pageTitleExamples } from './patterns/page-title.examples.tsx'
import type { PatternExample } from './patterns/pattern-example.ts'
import { postButtonExamples } from './patterns/post-button.examples.tsx'
import { sectionExamples } from './patterns/section.examples.tsx'
import { selectFieldExamples } from './patterns/select-field.examples.tsx'
import { summaryListExamples } from './patterns/summary-list.examples.tsx'
import { tableExamples } from './patterns/table.examples.tsx'
import { taskListExamples } from './patterns/task-list.examples.tsx'
import { textareaFieldExamples } from './patterns/textarea-field.examples.tsx'
import { buttonExamples } from './ui/button.examples.tsx'
import { tagExamples } from './ui/tag.examples.tsx'

// Every pattern with its examples, keyed by its module under app/components/
// (docs/patterns/README.md). /dev/patterns renders them all and
// tests/e2e/patterns.e2e.ts counts them from here.
export const patternLibrary: Record<string, readonly PatternExample[]> = {
  'patterns/ask-first': askFirstExamples,
  'patterns/choices': choicesExamples,
  'patterns/date-input': dateInputExamples,
  'patterns/email-field': emailFieldExamples,
  'patterns/error-summary': errorSummaryExamples,
  'patterns/field': fieldExamples,
  'patterns/field-messages': fieldMessagesExamples,
  'patterns/notification-banner': notificationBannerExamples,
  'patterns/page-header': pageHeaderExamples,
  'patterns/page-title': pageTitleExamples,
  'patterns/post-button': postButtonExamples,
  'patterns/section': sectionExamples,
  'patterns/select-field': selectFieldExamples,
  'patterns/summary-list': summaryListExamples,
  'patterns/table': tableExamples,
  'patterns/task-list': taskListExamples,
  'patterns/textarea-field': textareaFieldExamples,
  'ui/button': buttonExamples,
  'ui/tag': tagExamples,
  'case-nav': casePageExamples,
  'case-documents': caseDocumentsExamples,
  'case-answers': caseAnswersExamples,
  'area-landing': areaHomeExamples,
}
