import type { Locale } from '../i18n/locales.ts'
import { arAlsfrsItemText } from './item-text-ar.ts'
import { frAlsfrsItemText } from './item-text-fr.ts'
import type { ItemId, ItemScore } from './items.ts'

// Plain-English wording for a person with ALS answering about themselves.
// It is our own paraphrase, not the instrument's text: the licence for
// embedding the ALSFRS-R wording is not settled (domain reference §4.1), and
// patients find some of the original items hard to answer (§4.2). Each option
// keeps the meaning of the anchor with the same score. Each language has an
// object of the same type (item-text-fr.ts, item-text-ar.ts).
export type AlsfrsItemText = {
  /** Short name for summaries and check-answers pages. */
  label: string
  question: string
  hint?: string
  options: Record<ItemScore, string>
}

const sameAsBefore = 'As well as before my symptoms began'

export const alsfrsItemText: Record<ItemId, AlsfrsItemText> = {
  '1': {
    label: 'Speech',
    question: 'How is your speech?',
    options: {
      4: 'The same as before my symptoms began',
      3: 'People can notice a change, but they understand me',
      2: 'People sometimes ask me to say things again',
      1: 'I speak, but I also need other ways to communicate, like writing or a device',
      0: 'I can no longer make myself understood by speaking',
    },
  },
  '2': {
    label: 'Saliva',
    question: 'How much trouble do you have with saliva (spit)?',
    options: {
      4: 'No trouble',
      3: 'A little more than before, and I may drool at night',
      2: 'Moderately more than before, and I drool a little',
      1: 'A lot more than before, and I drool some of the time',
      0: 'I drool a lot and need a tissue or cloth all the time',
    },
  },
  '3': {
    label: 'Swallowing',
    question: 'How well can you swallow food and drink?',
    options: {
      4: 'The same as before my symptoms began',
      3: 'I have some early problems, and sometimes choke',
      2: 'I have changed what I eat or drink to make it easier, like softer food',
      1: 'I eat some food by mouth, but I also need tube feeding',
      0: 'I take nothing by mouth: all my food and drink goes through a tube or a drip',
    },
  },
  '4': {
    label: 'Handwriting',
    question: 'How well can you write by hand?',
    hint: 'Use the hand you wrote with before your symptoms began.',
    options: {
      4: sameAsBefore,
      3: 'Slower or messier, but every word can be read',
      2: 'Some of my words cannot be read',
      1: 'I can hold a pen but cannot write',
      0: 'I cannot hold a pen',
    },
  },
  '5a': {
    label: 'Cutting food and using cutlery',
    question: 'How well can you cut food and use a knife, fork or spoon?',
    hint: 'Answer this if you do not have a feeding tube into your stomach.',
    options: {
      4: sameAsBefore,
      3: 'Slower or clumsier, but I do not need help',
      2: 'I can cut most foods, slowly, but I need some help',
      1: 'Someone else cuts my food, but I can still feed myself slowly',
      0: 'Someone has to feed me',
    },
  },
  '5b': {
    label: 'Handling tube feeding',
    question: 'How well can you use your hands to handle your tube feeding?',
    hint: 'Answer this instead of the question about cutting food if you have a feeding tube into your stomach.',
    options: {
      4: sameAsBefore,
      3: 'I am clumsy, but I can do all of it myself',
      2: 'I need some help with caps, clips and connectors',
      1: 'Someone else does it, and I can help them a little',
      0: 'I cannot do any part of it',
    },
  },
  '6': {
    label: 'Dressing and washing',
    question: 'How well can you dress and wash yourself?',
    options: {
      4: sameAsBefore,
      3: 'I do it all myself, but it takes more effort or time',
      2: 'I sometimes need help, or I use easier ways, like simpler clothes',
      1: 'I need someone to help me',
      0: 'Someone else has to do it all for me',
    },
  },
  '7': {
    label: 'Turning in bed',
    question: 'How well can you turn over in bed and straighten the covers?',
    options: {
      4: sameAsBefore,
      3: 'Slower or clumsier, but I do not need help',
      2: 'I can do it myself, but only with great difficulty',
      1: 'I can start to, but I cannot finish without help',
      0: 'I cannot do any of it myself',
    },
  },
  '8': {
    label: 'Walking',
    question: 'How well can you walk?',
    options: {
      4: sameAsBefore,
      3: 'I have some early difficulty walking',
      2: 'I walk with help, like another person, a stick, a frame or a brace',
      1: 'I cannot walk, but I can move my legs to help, like when moving to a chair',
      0: 'I cannot move my legs on purpose',
    },
  },
  '9': {
    label: 'Climbing stairs',
    question: 'How well can you climb stairs?',
    options: {
      4: sameAsBefore,
      3: 'Slower than before',
      2: 'I get a little unsteady or tired',
      1: 'I need help',
      0: 'I cannot climb stairs',
    },
  },
  '10': {
    label: 'Shortness of breath',
    question: 'When do you get short of breath?',
    options: {
      4: 'Never',
      3: 'When I walk',
      2: 'When I eat, wash or dress',
      1: 'When I am resting, sitting or lying down',
      0: 'Breathing is very hard, and a breathing machine is being considered',
    },
  },
  '11': {
    label: 'Breathing when lying down',
    question: 'Does shortness of breath make it hard to sleep lying down?',
    options: {
      4: 'No',
      3: 'It sometimes makes sleeping harder, but I use no more than 2 pillows',
      2: 'I need more than 2 pillows to sleep',
      1: 'I can only sleep sitting up',
      0: 'I cannot sleep because of it',
    },
  },
  '12': {
    label: 'Breathing support',
    question: 'Do you use a machine to help you breathe?',
    hint: 'A mask machine, such as BiPAP, is called non-invasive ventilation (NIV).',
    options: {
      4: 'No',
      3: 'Yes, a mask machine some of the time',
      2: 'Yes, a mask machine all night',
      1: 'Yes, a mask machine all night and during the day',
      0: 'Yes, through a tube in my windpipe or mouth (tracheostomy or intubation)',
    },
  },
}

const byLocale: Record<Locale, Record<ItemId, AlsfrsItemText>> = {
  en: alsfrsItemText,
  fr: frAlsfrsItemText,
  ar: arAlsfrsItemText,
}

/** The questionnaire's wording in the viewer's language. */
export function alsfrsItemTextFor(locale: Locale): Record<ItemId, AlsfrsItemText> {
  return byLocale[locale]
}
