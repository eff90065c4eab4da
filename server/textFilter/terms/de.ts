import type { TermGroup } from '../types';

/**
 * German terms. Written in normal spelling with umlauts and ß; the compiler folds them and adds
 * the `ae/oe/ue` spellings. Syntax: `(a|b|)` alternatives, `{de_group}` = DE_GROUPS.
 *
 * Severity policy (documented in server/textFilter/README.md):
 * block = cannot be published as written anywhere (strong profanity, insults, slurs, hate,
 * threats, explicit sexual terms); review = a moderator must see the context (mild swearing,
 * mild insults, anatomy/sex words, words that are also names or harmless elsewhere).
 */
export const DE_TERMS: TermGroup[] = [
  // Strong profanity. Also as compound part: Scheißburger, Kackburger, Scheißlecker.
  { category: 'profanity', severity: 'block', mode: 'any', terms: ['scheiß', 'schais', 'shice', 'sheiße', 'kack'] },
  { category: 'profanity', severity: 'review', mode: 'any', terms: ['piss'] },
  // Mild swearing ("verdammt lecker", "So ein Mist") is only worth a look when the UI is German;
  // "Mist" is also English (fog: "Morning Mist"), so without a German UI it is allowed.
  { category: 'profanity', severity: 'mild', mode: 'any', locale: 'de', terms: ['verdammt', 'verflucht'] },
  { category: 'profanity', severity: 'mild', mode: 'word', locale: 'de', terms: ['mist'] },
  { category: 'profanity', severity: 'review', mode: 'word', terms: ['leck mich', 'leck mich mal'] },

  // Insults that are insults wherever they appear (Arschgeige, Hurensohn-Burger).
  {
    category: 'insult',
    severity: 'block',
    mode: 'any',
    terms: [
      'arsch',
      'hurensohn',
      'hure',
      'nutte',
      'wichser',
      'wixer',
      'wixx',
      'missgeburt',
      'bastard',
      'hackfresse',
      'miststück',
      'schwanzlutscher',
      'pissnelke',
      'vollspast',
    ],
  },
  // Drecks- as a prefix inside a word is an insult (Drecksladen); "des Drecks" alone is not.
  { category: 'insult', severity: 'block', mode: 'inner', terms: ['drecks'] },
  // End-anchored so that Spastik (medical), Schlamperei, Trottellumme stay allowed.
  {
    category: 'insult',
    severity: 'block',
    mode: 'end',
    terms: ['spast', 'spasti', 'spasten', 'spastis', 'spacko', 'schlampe', 'schlampen'],
  },
  {
    category: 'insult',
    severity: 'block',
    mode: 'word',
    terms: [
      'verpiss dich',
      'verpisst euch',
      'halt die fresse',
      'halt deine fresse',
      'fick dich',
      'fickt euch',
      '(ich fick|fick) deine mutter',
      '(du|dumme|blöde|alte|fette) sau',
      '(du|dummes|blödes|fettes|dreckiges) schwein',
    ],
  },
  { category: 'insult', severity: 'mild', mode: 'end', terms: ['idiot', 'idioten', 'depp', 'trottel', 'penner'] },
  {
    category: 'insult',
    severity: 'review',
    mode: 'any',
    terms: ['vollidiot', 'dummkopf', 'schwachkopf', 'vollpfosten', 'fettsack'],
  },
  {
    category: 'insult',
    severity: 'review',
    mode: 'word',
    terms: [
      'deppen',
      'mongo',
      'mongos',
      'fresse',
      '(halt|halts|halt dein|halt das) maul',
      '(dumme|blöde|fette|alte) (kuh|ziege|schnepfe)',
      'du opfer',
      '(du bist|bist du|ihr seid|seid ihr) (so |voll |total |)behindert',
      'du behinderter',
    ],
  },

  // Sexual. "Fick" alone is also a surname: review; inside words (ficken, Fickburger) block.
  { category: 'sexual', severity: 'review', mode: 'word', terms: ['fick', 'schwanz', 'muschi', 'sex'] },
  { category: 'sexual', severity: 'block', mode: 'inner', terms: ['fick'] },
  {
    category: 'sexual',
    severity: 'block',
    mode: 'any',
    terms: ['fotze', 'wichs', 'möse', 'kinderporno'],
  },
  // Rape is also a news and court word ("die Vergewaltigung wurde angezeigt"): review; aimed at a
  // person it is a threat (classes.ts).
  { category: 'sexual', severity: 'review', mode: 'any', terms: ['vergewaltig'] },
  { category: 'sexual', severity: 'review', mode: 'any', terms: ['titten', 'pimmel', 'bumsen', 'gebumst'] },
  { category: 'sexual', severity: 'review', mode: 'start', terms: ['porno'] },
  // Verbs: every form generated from the stem (morphology.ts): gevögelt, onaniert, verarscht.
  { category: 'sexual', severity: 'block', mode: 'start', verb: 'noInfinitive', terms: ['vögel'] },
  { category: 'sexual', severity: 'review', mode: 'start', verb: true, terms: ['onanier', 'pimper', 'bums'] },
  { category: 'profanity', severity: 'block', mode: 'start', verb: true, terms: ['verarsch', 'bescheiß', 'anscheiß'] },
  // The strong participle after prefixes and parts: zu|geschissen, voll|geschissen.
  { category: 'profanity', severity: 'review', mode: 'end', terms: ['geschissen'] },
  {
    category: 'sexual',
    severity: 'review',
    mode: 'word',
    terms: ['flittchen', 'dödel', 'möpse', 'morgenlatte', 'tittchen', 'analritter'],
  },
  { category: 'profanity', severity: 'review', mode: 'word', terms: ['beschissen', 'angeschissen', 'verschissen'] },
  { category: 'hate', severity: 'block', mode: 'word', terms: ['kampflesbe', 'kampflesben'] },
  { category: 'insult', severity: 'review', mode: 'word', terms: ['schabracke', 'schabracken'] },

  // Nazi and Hitler on their own are also history and politics ("die Neonazis vom 3. Weg",
  // "seit der Nazizeit"): review wherever they appear (Neonazi, Hitler-Burger); joined to an insult
  // (Nazischwein, Nazipack) or aimed at someone ("du alter Nazi", classes.ts) they block.
  { category: 'hate', severity: 'review', mode: 'any', terms: ['nazi', 'hitler'] },
  {
    category: 'hate',
    severity: 'block',
    mode: 'any',
    terms: [
      'nazi(schwein|schweine|sau|säue|pack|brut|gesindel|abschaum|schlampe|hure|fotze|arsch|bande|drecksau|ratte)',
    ],
  },
  // Slurs: hate wherever they appear (Kanakenstadt).
  {
    category: 'hate',
    severity: 'block',
    mode: 'any',
    terms: [
      'neger',
      'kanake',
      'kanacke',
      'kümmeltürke',
      'polacke',
      'schwuchtel',
      'untermensch',
      'judensau',
      'judenschwein',
      'judenpack',
      '(juden|türken|polen|russen|araber|kanaken|neger|zigeuner|asylanten|ausländer|migranten|flüchtlings|schwulen|lesben|moslem|muslim|kopftuch)(pack|gesindel|abschaum|brut)',
      'kameltreiber',
      'schlitzauge',
      'holocaustlüge',
      'deutschland den deutschen',
      'kauft nicht bei juden',
    ],
  },
  {
    category: 'hate',
    severity: 'block',
    mode: 'word',
    terms: ['holocaust (ist eine lüge|hat nie stattgefunden|war eine lüge)'],
  },
  // "Zigeunersauce/-schnitzel" are still on menus: a moderator decides.
  {
    category: 'hate',
    severity: 'review',
    mode: 'any',
    terms: ['zigeuner', 'spaghettifresser', 'volksverräter', 'umvolkung'],
  },
  { category: 'hate', severity: 'review', mode: 'word', terms: ['bimbo', 'itaker', 'transe', 'transen'] },
  {
    category: 'hate',
    severity: 'block',
    mode: 'word',
    terms: [
      '{de_group} raus',
      'raus mit (den|allen|) {de_group}',
      'tod (den|allen|) {de_group}',
      '(vergast|vergasen|tötet|erschießt|hängt|verbrennt|vernichtet|ermordet) (die|alle|) {de_group}',
      '{de_group} (ins gas|vergasen|an die wand|aufhängen|ausrotten|verbrennen|töten|erschießen|abknallen|vernichten)',
      '{de_group} (sind|=) (ungeziefer|ratten|parasiten|tiere|abschaum|dreck|pack|gesindel|untermenschen|schweine|kakerlaken|viecher|affen|eine plage|eine seuche|minderwertig|abartig)',
      '{de_group} (müssen|sollen|sollten) (sterben|verrecken|brennen)',
      'ich hasse (alle|) {de_group}',
      '(scheiß|dreckige|dreckiges|dreckiger|verdammte|verfluchte) {de_group}',
    ],
  },

  // Threats and incitement to suicide.
  {
    category: 'threat',
    severity: 'block',
    mode: 'word',
    terms: [
      'ich (bring|bringe|mach|mache) (dich|euch|euch alle|deine familie|dich und deine familie) (um|kalt)',
      'ich (werde|werd|will|wird) (dich|euch|euch alle|deine familie) (umbringen|töten|abstechen|erschießen|abknallen|kaltmachen|killen|vergewaltigen|aufschlitzen|erwürgen|abschlachten|finden)',
      'ich (töte|ermorde|erschieße|erschiess|ersteche|erwürge|vergewaltige|kille) (dich|euch)',
      'ich (stech|steche|knall|knalle|schlitz|schlitze|schlacht|schlachte) (dich|euch) (ab|auf)',
      'ich (hau|haue|schlag|schlage|prügel|prügle) dich (tot|zusammen|krankenhausreif|windelweich)',
      '(du|ihr) (wirst|werdet|sollst|sollt|musst|müsst) (alle |)(sterben|verrecken|bluten|brennen)',
      'stirb',
      'verreck',
      'verrecke',
      'verreckt',
      'bring dich um',
      'töte dich (selbst|)',
      'häng dich auf',
      'erhäng dich',
      'erschieß dich',
      'ich weiß wo du wohnst',
      'wir wissen wo du wohnst',
      '(geh|geht|geh doch|geht doch|geh endlich|geht endlich) (sterben|verrecken|krepieren)',
      '(ich hoffe|hoffentlich) (du stirbst|du verreckst|du krepierst|ihr sterbt|ihr verreckt|ihr krepiert)',
      'ich (polier|poliere|hau|haue|schlag|schlage|brech|breche) (dir|euch) (die fresse|in die fresse|auf die fresse|aufs maul|die zähne aus|alle knochen)',
      '(ich|wir) (komm|komme|kommen|komm morgen|komme morgen|kommen morgen) mit (ner|einer|der) (knarre|waffe|pistole|axt|machete)',
    ],
  },
  {
    category: 'threat',
    severity: 'review',
    mode: 'word',
    terms: [
      '(du bist|ihr seid) (alle |)(so gut wie |)tot',
      '(amoklauf|amok) (morgen|heute|bei euch|in eurem laden|im laden)',
      '(ich weiß|wir wissen) wo (dein|euer) (laden|geschäft|shop) ist',
      'du bist ein toter mann',
      'pass auf wenn du (heim|nach hause) gehst',
    ],
  },
];
