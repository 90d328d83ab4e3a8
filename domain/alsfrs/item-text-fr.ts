import type { AlsfrsItemText } from './item-text.ts'
import type { ItemId } from './items.ts'

// French wording of our plain-language ALSFRS-R paraphrase (item-text.ts):
// the same meaning for each score, in the words a French-speaking patient
// would use about themselves. Not the validated French instrument.
const commeAvant = 'Aussi bien qu’avant le début de mes symptômes'

export const frAlsfrsItemText: Record<ItemId, AlsfrsItemText> = {
  '1': {
    label: 'Parole',
    question: 'Comment est votre parole ?',
    options: {
      4: 'La même qu’avant le début de mes symptômes',
      3: 'On remarque un changement, mais on me comprend',
      2: 'On me demande parfois de répéter',
      1: 'Je parle, mais j’ai aussi besoin d’autres moyens de communiquer, comme écrire ou un appareil',
      0: 'Je ne peux plus me faire comprendre en parlant',
    },
  },
  '2': {
    label: 'Salive',
    question: 'Avez-vous des difficultés avec votre salive ?',
    options: {
      4: 'Aucune difficulté',
      3: 'Un peu plus de salive qu’avant, et il m’arrive de baver la nuit',
      2: 'Modérément plus de salive qu’avant, et je bave un peu',
      1: 'Beaucoup plus de salive qu’avant, et je bave une partie du temps',
      0: 'Je bave beaucoup et j’ai tout le temps besoin d’un mouchoir ou d’un linge',
    },
  },
  '3': {
    label: 'Déglutition',
    question: 'Arrivez-vous à avaler les aliments et les boissons ?',
    options: {
      4: 'Comme avant le début de mes symptômes',
      3: 'Je commence à avoir quelques difficultés, et j’avale parfois de travers (fausses routes)',
      2: 'J’ai changé ce que je mange ou bois pour que ce soit plus facile, par exemple des aliments plus mous',
      1: 'Je mange encore en partie par la bouche, mais j’ai aussi besoin d’une alimentation par sonde',
      0: 'Rien par la bouche : toute ma nourriture et mes boissons passent par une sonde ou une perfusion',
    },
  },
  '4': {
    label: 'Écriture',
    question: 'Arrivez-vous à écrire à la main ?',
    hint: 'Répondez pour la main avec laquelle vous écriviez avant le début de vos symptômes.',
    options: {
      4: commeAvant,
      3: 'Plus lentement ou moins proprement, mais chaque mot se lit',
      2: 'Certains de mes mots ne se lisent pas',
      1: 'Je peux tenir un stylo, mais pas écrire',
      0: 'Je ne peux pas tenir un stylo',
    },
  },
  '5a': {
    label: 'Couper les aliments et utiliser les couverts',
    question: 'Arrivez-vous à couper vos aliments et à utiliser un couteau, une fourchette ou une cuillère ?',
    hint: 'Répondez à cette question si vous n’avez pas de sonde d’alimentation dans l’estomac.',
    options: {
      4: commeAvant,
      3: 'Plus lentement ou plus maladroitement, mais sans aide',
      2: 'Je peux couper la plupart des aliments, lentement, mais j’ai besoin d’un peu d’aide',
      1: 'Quelqu’un coupe mes aliments, mais je peux encore manger sans aide, lentement',
      0: 'Quelqu’un doit me faire manger',
    },
  },
  '5b': {
    label: 'Gestion de l’alimentation par sonde',
    question: 'Arrivez-vous à utiliser vos mains pour gérer votre alimentation par sonde ?',
    hint: 'Répondez à cette question, au lieu de celle sur la découpe des aliments, si vous avez une sonde d’alimentation dans l’estomac.',
    options: {
      4: commeAvant,
      3: 'Mes gestes sont maladroits, mais je fais tout moi-même',
      2: 'J’ai besoin d’un peu d’aide pour les bouchons, les clamps et les raccords',
      1: 'Quelqu’un d’autre s’en charge, et je peux l’aider un peu',
      0: 'Je ne peux faire aucune étape moi-même',
    },
  },
  '6': {
    label: 'Habillage et toilette',
    question: 'Arrivez-vous à vous habiller et à faire votre toilette ?',
    options: {
      4: commeAvant,
      3: 'Je fais tout moi-même, mais avec plus d’effort ou de temps',
      2: 'J’ai parfois besoin d’aide, ou je m’y prends plus simplement, par exemple avec des vêtements plus faciles',
      1: 'J’ai besoin que quelqu’un m’aide',
      0: 'Quelqu’un d’autre doit tout faire pour moi',
    },
  },
  '7': {
    label: 'Se retourner dans le lit',
    question: 'Arrivez-vous à vous retourner dans le lit et à remettre vos draps et couvertures en place ?',
    options: {
      4: commeAvant,
      3: 'Plus lentement ou plus maladroitement, mais sans aide',
      2: 'Je peux le faire sans aide, mais avec beaucoup de difficulté',
      1: 'Je peux commencer, mais pas finir sans aide',
      0: 'Je ne peux rien en faire sans aide',
    },
  },
  '8': {
    label: 'Marche',
    question: 'Arrivez-vous à marcher ?',
    options: {
      4: commeAvant,
      3: 'Je commence à avoir quelques difficultés à marcher',
      2: 'Je marche avec une aide, comme une autre personne, une canne, un déambulateur ou une orthèse',
      1: 'Je ne peux pas marcher, mais je peux bouger les jambes pour aider, par exemple pour passer sur une chaise',
      0: 'Je ne peux pas bouger les jambes volontairement',
    },
  },
  '9': {
    label: 'Montée des escaliers',
    question: 'Arrivez-vous à monter les escaliers ?',
    options: {
      4: commeAvant,
      3: 'Plus lentement qu’avant',
      2: 'Je me fatigue ou je perds un peu l’équilibre',
      1: 'J’ai besoin d’aide',
      0: 'Je ne peux pas monter les escaliers',
    },
  },
  '10': {
    label: 'Essoufflement',
    question: 'Quand manquez-vous de souffle ?',
    options: {
      4: 'Jamais',
      3: 'Quand je marche',
      2: 'Quand je mange, fais ma toilette ou m’habille',
      1: 'Au repos, en position assise ou allongée',
      0: 'Respirer est très difficile, et une machine pour m’aider à respirer est envisagée',
    },
  },
  '11': {
    label: 'Respiration en position allongée',
    question: 'L’essoufflement vous gêne-t-il pour dormir en position allongée ?',
    options: {
      4: 'Non',
      3: 'Il rend parfois le sommeil plus difficile, mais je n’utilise pas plus de 2 oreillers',
      2: 'J’ai besoin de plus de 2 oreillers pour dormir',
      1: 'Je ne peux dormir qu’en position assise',
      0: 'Je ne peux pas dormir à cause de l’essoufflement',
    },
  },
  '12': {
    label: 'Assistance respiratoire',
    question: 'Utilisez-vous une machine pour vous aider à respirer ?',
    hint: 'Une machine avec un masque, comme une BiPAP, s’appelle la ventilation non invasive (VNI).',
    options: {
      4: 'Non',
      3: 'Oui, une machine avec masque une partie du temps',
      2: 'Oui, une machine avec masque toute la nuit',
      1: 'Oui, une machine avec masque toute la nuit et pendant la journée',
      0: 'Oui, par un tube dans la trachée ou la bouche (trachéotomie ou intubation)',
    },
  },
}
