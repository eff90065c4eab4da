import type { TermGroup } from '../types';

/**
 * German insult words that are everyday words or mild on their own ("dumm gelaufen", "ein
 * Spinner am Angelhaken", a dictionary entry "Versager"): they count when a phrase points them
 * at someone or something. Slots for classes.ts; written from general knowledge of German.
 * - `de_insult_adj`: everyday adjectives that insult a person (dumm, blöd, doof …)
 * - `de_insult_adj2`: adjectives that are insults whatever they describe (dämlich, hirnlos …);
 *   `de_insult_adj2_attr` with the attributive endings
 * - `de_article`: articles and determiners before an attributive adjective
 * - `de_insult_noun`: insult nouns without a swear word, singular and plural (Heuchler, Versager …)
 * - `de_insult_noun_direct`: those and words that are things as well (Lappen, Null, Schwein)
 * - `de_pointer`: what points them at a person or group (du, ihr, dieser, so ein, alle …)
 * - `de_be`: copulas and degree words before a predicative adjective (bist, seid, ist so, total …)
 */
const adjectives = ['dumm', 'blöd', 'doof', 'hohl', 'gestört'];
const moreAdjectives = [
  'dämlich',
  'bescheuert',
  'bekloppt',
  'behämmert',
  'beknackt',
  'dusselig',
  'hirnlos',
  'hirnverbrannt',
  'hirnamputiert',
  'schwachsinnig',
  'geisteskrank',
  'minderbemittelt',
  'strunzdumm',
  'stockdumm',
  'saudumm',
  'saublöd',
  'vertrottelt',
  'hinterfotzig',
  'heuchlerisch',
];
/** Attributive endings ("der dämliche", "einen hirnlosen"); after a copula the bare form. */
const ENDINGS = ['e', 'en', 'er', 'es', 'em'];

const nouns: [singular: string, plural: string][] = [
  ['heuchler', 'heuchler'],
  ['heuchlerin', 'heuchlerinnen'],
  ['versager', 'versager'],
  ['versagerin', 'versagerinnen'],
  ['spinner', 'spinner'],
  ['witzfigur', 'witzfiguren'],
  ['schmierfink', 'schmierfinken'],
  ['lügner', 'lügner'],
  ['lügnerin', 'lügnerinnen'],
  ['wichtigtuer', 'wichtigtuer'],
  ['stümper', 'stümper'],
  ['dilettant', 'dilettanten'],
  ['speichellecker', 'speichellecker'],
  ['schleimer', 'schleimer'],
  ['labertasche', 'labertaschen'],
  ['laberbacke', 'laberbacken'],
  ['quatschkopf', 'quatschköpfe'],
  ['knallkopf', 'knallköpfe'],
  ['flachpfeife', 'flachpfeifen'],
  ['sesselfurzer', 'sesselfurzer'],
  ['stinkstiefel', 'stinkstiefel'],
  ['matschbirne', 'matschbirnen'],
  ['suffkopp', 'suffköppe'],
  ['schnapsdrossel', 'schnapsdrosseln'],
  ['lachnummer', 'lachnummern'],
  ['nichtsnutz', 'nichtsnutze'],
  ['taugenichts', 'taugenichtse'],
  ['nulpe', 'nulpen'],
  ['evolutionsbremse', 'evolutionsbremsen'],
  ['giftzwerg', 'giftzwerge'],
  ['großmaul', 'großmäuler'],
  ['wendehals', 'wendehälse'],
  ['schweinehund', 'schweinehunde'],
  ['jammerlappen', 'jammerlappen'],
  ['dummerchen', 'dummerchen'],
  ['psychopath', 'psychopathen'],
  ['psychopathin', 'psychopathinnen'],
  ['lügenbande', 'lügenbanden'],
  ['schwätzer', 'schwätzer'],
  ['dummschwätzer', 'dummschwätzer'],
  ['fettbacke', 'fettbacken'],
  ['weichei', 'weicheier'],
  ['warmduscher', 'warmduscher'],
  ['memme', 'memmen'],
  ['schmarotzer', 'schmarotzer'],
];

/**
 * Words that are things or animals as well (ein Lappen, ein Clown, die Null, eine Ratte, Kleiner
 * Feigling): only said to someone (du, ihr) or pointed at (diese, was für ein).
 */
const directNouns: [singular: string, plural: string][] = [
  ['pfeife', 'pfeifen'],
  ['lappen', 'lappen'],
  ['waschlappen', 'waschlappen'],
  ['null', 'nullen'],
  ['wicht', 'wichte'],
  ['schwein', 'schweine'],
  ['clown', 'clowns'],
  ['kasper', 'kasper'],
  ['feigling', 'feiglinge'],
  ['parasit', 'parasiten'],
  ['ratte', 'ratten'],
  ['zecke', 'zecken'],
  ['made', 'maden'],
  ['hund', 'hunde'],
  ['wurm', 'würmer'],
  ['honk', 'honks'],
  ['lusche', 'luschen'],
  ['lauch', 'lauche'],
  ['penner', 'penner'],
  ['loser', 'loser'],
  ['looser', 'looser'],
  ['affe', 'affen'],
  ['abschaum', 'abschaum'],
  ['ungeziefer', 'ungeziefer'],
  ['gesindel', 'gesindel'],
  ['zicke', 'zicken'],
  ['schnepfe', 'schnepfen'],
  ['tussi', 'tussis'],
  ['gutmensch', 'gutmenschen'],
  ['bonze', 'bonzen'],
];

/**
 * Adjectives that make a direct noun an insult between a pointer and it ("was für ein
 * erbärmlicher Wicht", "du dreckiger Hund"); not klein, alt, fett: "so ein kleiner Hund" is a dog.
 */
const contempt = [
  'erbärmlich',
  'elend',
  'jämmerlich',
  'armselig',
  'widerlich',
  'verlogen',
  'feig',
  'dreckig',
  'hinterhältig',
  'lächerlich',
  'mies',
  'dumm',
  'blöd',
  'dämlich',
];

/** Adjectives that insult only said to someone's face ("du bist hässlich"; "zu fett" is a recipe's fault). */
const faceAdjectives = [
  'hässlich',
  'fett',
  'widerlich',
  'ekelhaft',
  'erbärmlich',
  'armselig',
  'wertlos',
  'nutzlos',
  'lächerlich',
];

export const INSULT_SLOTS: Record<string, string[]> = {
  de_insult_adj: adjectives,
  de_insult_adj2: moreAdjectives,
  de_insult_adj2_attr: moreAdjectives.flatMap((a) => ENDINGS.map((e) => a + e)),
  de_article: [
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'diese',
    'dieser',
    'dieses',
    'diesen',
    'solche',
    'solchen',
    'alle',
    'lauter',
    'ihr',
    'du',
    'euer',
    'eure',
    'deine',
    'dein',
  ],
  de_insult_adj_face: faceAdjectives,
  de_contempt_attr: contempt.flatMap((a) => ENDINGS.map((e) => a + e)),
  de_insult_noun: nouns.flat(),
  de_insult_noun_direct: [...nouns.flat(), ...directNouns.flat()],
  // Said to one person ("du …") only the singular: "wenn du Affen magst" is about animals.
  de_insult_noun_direct_one: [...nouns, ...directNouns].map(([one]) => one),
  de_pointer: [
    'du',
    'ihr',
    'du alter',
    'du blöder',
    'du dummer',
    'ihr elenden',
    'dieser',
    'diese',
    'dieses',
    'diesen',
    'so ein',
    'so eine',
    'solche',
    'solchen',
    'was für ein',
    'was für eine',
    'alles',
    'lauter',
    'nur',
    'elende',
    'elender',
    'ein echter',
    'eine echte',
    'der größte',
    'die größte',
    'ist ein',
    'ist eine',
    'sind',
    'sind alle',
    'bist ein',
    'bist eine',
    'ein',
    'eine',
    'einen',
    'welche',
    'alle',
    'diese ganzen',
    'ihr seid',
    'du bist',
  ],
  de_be: [
    'du bist',
    'ihr seid',
    'bist du',
    'seid ihr',
    'sind sie',
    'sie sind',
    'ist der',
    'ist die',
    'ist das',
    'wie',
    'so',
    'zu',
    'total',
    'völlig',
    'echt',
    'einfach nur',
    'strunz',
  ],
};

export const INSULT_TERMS: TermGroup[] = [
  // "diese Versager", "so ein Spinner", "lauter Lügner": an insult at someone; said to their
  // face ("du Heuchler", "ihr Versager", "du bist so dämlich") it blocks.
  {
    category: 'insult',
    severity: 'mild',
    mode: 'word',
    terms: [
      '{de_pointer} {de_insult_noun}',
      '(diese|dieser|dieses|diesen|was für ein|was für eine|welche) {de_insult_noun_direct}',
      '(du|ihr|diese|dieser|dieses|diesen|was für ein|was für eine|so ein|so eine|so nen|son) {de_contempt_attr} {de_insult_noun_direct}',
      '(dieses|das|so ein|was für ein|ihr) {de_contempt_attr} pack',
      'pack wie (ihr|du|euch|die)',
    ],
  },
  {
    category: 'insult',
    severity: 'block',
    mode: 'word',
    terms: [
      '(du|du alter|du blöder|du dummer|du bist ein|du bist eine) {de_insult_noun_direct_one}',
      '(ihr|ihr elenden|ihr seid) {de_insult_noun_direct}',
      '(ihr seid|seid ihr) (doch|echt|alle|doch alle|nur|doch nur|einfach) {de_insult_noun_direct}',
      '(du bist|bist du) (doch|echt|doch echt|nur|doch nur|einfach) (ein|eine) {de_insult_noun_direct_one}',
      '(du bist|ihr seid|bist du|seid ihr) (so |echt |total |voll |einfach |)({de_insult_adj}|{de_insult_adj2}|{de_insult_adj_face})',
    ],
  },
  // Swear words written with stars or dots ("zum Kot***", "Schei**", "am Ar*** vorbei"): the
  // split view leaves the stem as a word of its own.
  {
    category: 'profanity',
    severity: 'mild',
    mode: 'word',
    terms: [
      'schei',
      'zum (kot|kotz|ko)',
      '(ich muss|ich könnte) (kot|kotz|ko)',
      '(am|im|in den|den) ar (vorbei|kriechen|lecken)',
      'in den ar',
      'leck mich am ar',
    ],
  },
  // "wie dämlich", "du bist so bescheuert", "total hirnlos"; the attributive "dumme Menschen" is
  // left out: too many harmless tweets say it of an idea or a situation.
  {
    category: 'insult',
    severity: 'mild',
    mode: 'word',
    terms: ['{de_be} {de_insult_adj}', '{de_be} so {de_insult_adj}'],
  },
  // More adjectives as their own words, but inside a phrase: an article or a pointer before
  // them ("der dämliche Vater", "diese hirnlosen"); a dictionary entry alone is not a sentence
  // about anyone. Not so dumm, blöd, doof: "die dumme Idee", "der blöde Regen".
  {
    category: 'insult',
    severity: 'mild',
    mode: 'word',
    terms: [
      '{de_be} {de_insult_adj2}',
      '{de_article} {de_insult_adj2_attr}',
      '{de_be} dümm(er|ste|sten)',
      '{de_article} dümm(ere|eren|erer|eres|ste|sten|ster|stes)',
      'dumm und dämlich',
      'dumm und dümmer',
      'dumm (deutsche|deutscher|deutschen)',
      '(das|dieses|ein) (fette|dicke|hässliche) etwas',
      '(hässliche|widerliche|dumme|dämliche) (fratze|fratzen|visage|visagen)',
    ],
  },
  { category: 'insult', severity: 'mild', mode: 'start', terms: ['dumm(deutsch|volk|laberei)'] },
  // Disgust aimed at someone or something: profanity.
  {
    category: 'profanity',
    severity: 'mild',
    mode: 'word',
    terms: [
      '(ist |es ist |einfach |nur noch |)zum kotzen',
      '(ich |)(könnte|muss|möchte) kotzen',
      'kotzt (mich|einen|uns) (so |total |richtig |)an',
      'kotz (deine|deinen|euren)',
      'einen feuchten (dreck|kehricht|furz)',
      '(verfluchte|verfluchter|verfluchtes|verfluchten) (scheiße|mist|dreck|kacke)',
    ],
  },
  // A Nazi (or a racist) named to someone's face is an insult, not a history word.
  {
    category: 'insult',
    severity: 'block',
    mode: 'word',
    terms: [
      '(du|ihr) (alter |alte |altes |dummer |blöder |verdammter |elender |)(nazi|nazis|faschist|faschisten|rassist|rassisten)',
    ],
  },
];
