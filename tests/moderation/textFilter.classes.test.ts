import { describe, expect, it } from 'vitest';
import { checkText, checkTextWith, parseMildPolicy, textPolicy } from '@server/textFilter/index';

const verdict = (text: string, locale?: 'de' | 'en') => checkText(text, locale).verdict;
const categories = (text: string) => checkText(text).matches.map((m) => m.category);

describe('checkText: German compounds split at their seams', () => {
  it.each(['Sparschwein', 'Tischlampe', 'Radarschirm', 'Brochure', 'Broschüre', 'Klarschiff', 'Agrarschriftsteller'])(
    'a term straddling two innocent parts passes: %s',
    (text) => expect(verdict(text)).toBe('allow'),
  );
  it.each([
    'Klugscheißer',
    'Neonazis',
    'Dreckschlampe',
    'Kinderficker',
    'Arschgeige',
    'Vollidiot-Burger',
    'Mutterficker',
  ])('an offensive compound is caught: %s', (text) => expect(verdict(text)).not.toBe('allow'));
  it.each(['Türkenpack', 'Schwulengesindel', 'Asylantenbrut'])('a group noun joined to a slur is hate: %s', (text) =>
    expect(categories(text)).toContain('hate'),
  );
  it.each(['Polenreise', 'Judenviertel', 'Russenmafia-Film'])('a group noun in other compounds passes: %s', (text) =>
    expect(verdict(text)).toBe('allow'),
  );
});

describe('checkText: forms generated from stems', () => {
  it.each(['gefickt', 'durchgefickt', 'abgewichst', 'gevögelt', 'verarscht', 'Verarsche', 'Hurensöhne', 'Arschlöcher'])(
    'German inflected and derived form: %s',
    (text) => expect(verdict(text)).toBe('block'),
  );
  it.each(['Muschis', 'Idiotinnen', 'twats', 'retards'])('plural and feminine endings: %s', (text) =>
    expect(verdict(text)).not.toBe('allow'),
  );
  it('bird plurals are not the verb', () => expect(verdict('Vögeln im Garten zusehen')).toBe('allow'));
  it.each(['des Vögelns', 'gepoppt', 'rumgepoppt', 'Verscheißertere', 'Verscheißerndsten', 'Fickens', 'du poppest'])(
    'German verbal noun genitive, participle comparatives, -ern forms and Konjunktiv I: %s',
    (text) => expect(verdict(text)).not.toBe('allow'),
  );
  it.each(['popped', 'poppet', 'Popper', 'Rätsels', 'Eisens'])(
    'German verb forms do not take English words: %s',
    (text) => expect(verdict(text)).toBe('allow'),
  );
  it.each(['ein beschissener Tag', 'das beschissenste Müsli', 'beschissenem Wetter', 'vollgeschissen'])(
    'adjective-shaped terms take adjective endings, a participle takes parts before it: %s',
    (text) => expect(verdict(text)).not.toBe('allow'),
  );
  it.each(['Hürchen', 'Schlämpchen', 'Möschen'])('German diminutives with umlaut: %s', (text) =>
    expect(verdict(text)).not.toBe('allow'),
  );
  it.each(['Mädchen', 'Häschen', 'hinhorchen', 'Horchende'])('other diminutives and look-alikes pass: %s', (text) =>
    expect(verdict(text)).toBe('allow'),
  );
});

describe('checkText: English derivations and compounds', () => {
  it.each(['bitchery', 'whoredom', 'skanker', 'jackassery', 'bullshitter'])(
    'derived with -ery, -dom, -er when the word is no dictionary word: %s',
    (text) => expect(verdict(text)).not.toBe('allow'),
  );
  it.each(['hornier', 'horniness', 'kinkiest'])('y turns into i before endings: %s', (text) =>
    expect(verdict(text)).not.toBe('allow'),
  );
  it.each(['tushie', 'so hornie', 'kinkie'])('a term in consonant + y also spelt -ie: %s', (text) =>
    expect(verdict(text)).not.toBe('allow'),
  );
  it.each(['crappie fishing', 'a crappie'])('not where the -ie spelling is a word of its own: %s', (text) =>
    expect(verdict(text)).toBe('allow'),
  );
  it('a term in -e drops it before -er (bondage → bondagers)', () => expect(verdict('bondagers')).not.toBe('allow'));
  it.each(['skankhead', 'skankfaces', 'sluttyface'])('a whole-word term with an insult part after it: %s', (text) =>
    expect(verdict(text)).not.toBe('allow'),
  );
  it.each(['jailbait', 'reverse cowboy', 'rub one out'])('sexual phrases of innocent words: %s', (text) =>
    expect(verdict(text)).not.toBe('allow'),
  );
  it.each(['butter', 'slavery', 'cocker', 'whizzer'])('dictionary words that look derived stay allowed: %s', (text) =>
    expect(verdict(text)).toBe('allow'),
  );
  it.each(['spermbag', 'slutface', 'prickhead', 'turdburger', 'assmonkey'])(
    'a term joined to known English parts: %s',
    (text) => expect(verdict(text)).not.toBe('allow'),
  );
  it.each(['ballcock', 'cockpit', 'buttercup', 'assassin', 'sperm whale', 'Julia Dickmann', 'Metzgerei Assmann'])(
    'innocent compounds pass: %s',
    (text) => expect(verdict(text)).toBe('allow'),
  );
  it.each(['killyourself', 'sonofabitch', 'suckmydick'])('a phrase written as one word: %s', (text) =>
    expect(verdict(text)).toBe('block'),
  );
  it('a joined phrase that is a word of its own is that word', () => expect(verdict('eightball')).toBe('allow'));
  it.each(['dick head', 'towel head', 'Kinder Porno', 'Hunde Sohn', 'junglebunny'])(
    'a blocked compound written apart, or a phrase written together: %s',
    (text) => expect(verdict(text)).toBe('block'),
  );
  it.each(['bare back', 'unter Menschen', 'Dick Headley'])(
    'words that only look like a compound written apart: %s',
    (text) => expect(verdict(text)).not.toBe('block'),
  );
});

describe('checkText: phonetic misspellings', () => {
  it.each([
    'Schaisse',
    'Schaize',
    'fikken',
    'Wixxer',
    'Fotse',
    'Horensohn',
    'Arrschloch',
    'Fotzze',
    'phuck',
    'Kanacke',
    'nlgger',
    'biatch',
  ])('%s is blocked', (text) => expect(verdict(text)).toBe('block'));
  it.each(['Fikk dich', 'Sieg Hail', 'Hail Hitler'])('a blocked phrase misspelt with kk or ai: %s', (text) =>
    expect(verdict(text)).toBe('block'),
  );
  it.each(['Schals', 'Schallsichere Fenster', 'Ultraschalls'])('l for i only after a consonant: %s passes', (text) =>
    expect(verdict(text)).toBe('allow'),
  );
});

describe('checkText: classes with their own category', () => {
  it.each([
    ['Man sollte den Laden abfackeln', 'threat'],
    ['ich zünde euren Laden an', 'threat'],
    ['Bombe im Laden', 'threat'],
    ['someone should shoot you', 'threat'],
    ['I will burn down your shop', 'threat'],
    ['Sieg Heil', 'extremism'],
    ['Grüße 88', 'extremism'],
    ['HH 88', 'extremism'],
    ['Meine Ehre heißt Treue', 'extremism'],
    ['C18 crew', 'extremism'],
    ['zeig mir deine Titten', 'sexual'],
    ['sit on my face', 'sexual'],
    ['du bist so ein Versager', 'insult'],
    ['du dummer Trottel', 'insult'],
    ['you little prick', 'insult'],
    ['Geh doch sterben', 'threat'],
    ['Ich hoffe du stirbst', 'threat'],
    ['I hope you die', 'threat'],
    ['I will burn your store down', 'threat'],
    ['Eure Filiale fliegt morgen in die Luft', 'threat'],
    ['Ich polier dir die Fresse', 'threat'],
    ['Ich komm mit ner Knarre', 'threat'],
    ["I'll come with a gun", 'threat'],
    ['gonna shoot this place up', 'threat'],
    ['Zieg Heil', 'extremism'],
    ['HH88', 'extremism'],
    ['Hitler war gut', 'extremism'],
    ['ich lutsch dir einen', 'sexual'],
    ['Leck meine Eier', 'sexual'],
    ['Ich will dich nackt sehen', 'sexual'],
    ['Schick mir Nacktbilder', 'sexual'],
    ['wanna see my dick', 'sexual'],
    ['Den sollte man erschießen', 'threat'],
    ['Die gehören alle vergast', 'threat'],
    ['Hängt sie höher', 'threat'],
    ['you absolute muppet', 'insult'],
    ['you useless piece of garbage', 'insult'],
    ['you are trash', 'insult'],
    ['you people are animals', 'insult'],
  ])('%s → %s', (text, category) => {
    expect(verdict(text)).toBe('block');
    expect(categories(text)).toContain(category);
  });
  it.each([
    '88 g Hafer',
    'Müsli für 18 €',
    'mit 88 Jahren',
    'HH-Burger aus Hamburg',
    'Petri Heil',
    'Heilpraktiker-Tee',
    'Arbeit macht Spaß',
    'Sieg und Heil',
  ])('numbers, places and words that only look like codes pass: %s', (text) => expect(verdict(text)).toBe('allow'));
  it.each([
    'leckere Eier',
    'Ich will dich heiraten',
    'zieh dich warm an',
    'Amoklauf',
    'Die Hütte brennt',
    'Geh schlafen',
    'I hope you like it',
    'hoffentlich stirbst du nicht vor Hunger',
    'Die Bilder sollte man aufhängen',
    'die gehören in den Kühlschrank',
    'drop dead gorgeous',
    'we will find you a gift',
    'You absolutely love it',
    'Such a lovely gift',
  ])('everyday phrases near a threat or a sexual phrase pass: %s', (text) => expect(verdict(text)).toBe('allow'));
  it.each(['Ihr seid alle tot', 'Amoklauf morgen', 'wir wissen wo dein Laden ist', 'your shop will burn'])(
    'a threat where context decides goes to a person: %s',
    (text) => {
      expect(verdict(text)).toBe('review');
      expect(categories(text)).toContain('threat');
    },
  );
  it('a swear word about a thing is profanity, not a sexual word', () =>
    expect(categories('Der Service war beschissen')).toEqual(['profanity']));
  it('words innocent alone stay allowed', () => {
    expect(verdict('Setz dich und genieß')).toBe('allow');
    expect(verdict('Show me your best burger')).toBe('allow');
  });
});

describe('mild words are a policy', () => {
  it('default: review in the UI language, allowed otherwise', () => {
    expect(verdict('So ein Mist', 'de')).toBe('review');
    expect(verdict('Depp des Monats')).toBe('review');
    expect(verdict('crap burger', 'en')).toBe('review');
    expect(verdict('Mir reicht es, verflucht', 'de')).toBe('review');
    expect(verdict('Schnauze voll')).toBe('review');
    expect(verdict('Geh mir nicht auf den Sack')).toBe('review');
    expect(verdict('screw you')).toBe('review');
  });
  it('a caller may allow or block them; strong words stay blocked', () => {
    expect(checkTextWith('Depp des Monats', { mild: 'allow' })).toEqual({ verdict: 'allow', matches: [] });
    expect(checkTextWith('Depp des Monats', { mild: 'block' }).verdict).toBe('block');
    expect(checkTextWith('Arschloch', { mild: 'allow' }).verdict).toBe('block');
  });
  it("a catalog's policy sets the mild and the review level; unset fields follow the site", () => {
    expect(checkTextWith('Dummkopf Müsli', { policy: { review: 'block' } }).verdict).toBe('block');
    expect(checkTextWith('Dummkopf Müsli', { policy: { mild: 'allow' } }).verdict).toBe('review');
    expect(checkTextWith('Depp des Monats', { policy: { review: 'block' } }).verdict).toBe('review');
    expect(checkTextWith('Depp des Monats', { policy: { mild: 'allow', review: 'block' } }).verdict).toBe('allow');
    expect(textPolicy(undefined)).toEqual({ mild: 'review', review: 'review' });
    expect(textPolicy({ mild: 'block' })).toEqual({ mild: 'block', review: 'review' });
  });
  it('the site setting is parsed strictly', () => {
    expect(parseMildPolicy(undefined)).toBe('review');
    expect(parseMildPolicy(' Block ')).toBe('block');
    expect(() => parseMildPolicy('sometimes')).toThrow(/TEXT_FILTER_MILD must be one of allow, review, block/);
  });
});

describe('checkText: insult words aimed at someone (terms/insults.ts)', () => {
  it.each([
    'Du Heuchler!',
    'ihr Versager',
    'Du bist so bescheuert',
    'ihr seid echt dämlich',
    'du alter Nazi',
    'du Honk',
    'du bist so ein Lauch',
    'Du bist hässlich',
    'ihr Affen',
    'you are worthless',
    "you're so stupid",
    'you pig',
    'nobody likes you',
  ])('said to someone it blocks: %s', (text) => expect(verdict(text)).toBe('block'));
  it.each(['so ein Spinner', 'diese Schweine', 'wie blöd kann man sein', 'der dämliche Chef', 'Das ist zum Kotzen'])(
    'pointed at someone it is a mild insult, reviewed by default: %s',
    (text) => expect(verdict(text)).toBe('review'),
  );
  it.each(['Ihr seid doch alle Clowns', 'Du bist doch eine Null', 'du dreckiger Hund'])(
    'with a filler word or a word of contempt between, said to someone it blocks: %s',
    (text) => expect(verdict(text)).toBe('block'),
  );
  it.each([
    'so ein erbärmlicher Wicht',
    'dieses elende Pack',
    'du alter Sack',
    'dumm wie Brot',
    'Der hat nicht alle Tassen im Schrank',
    'du bist echt das Letzte',
    'was für ein Witz von einem Politiker',
    'Heulsuse',
    'Linksversiffte Gutmenschen',
    'Systempresse',
    'Messermigranten',
    'Die können mich alle mal',
    'Halt die Schnauze',
  ])('idioms, mild insult words and political slurs are reviewed: %s', (text) => expect(verdict(text)).toBe('review'));
  it.each([
    'So ein Hund ist treu',
    'Dieses Pack Haferflocken',
    'Ein alter Sack Kartoffeln',
    'Das Letzte, was ich will',
    'Beim Kochen den Abschaum abschöpfen',
    'Ihr seid doch alle eingeladen',
    'Du kannst mich mal besuchen',
    'Der Hund hat eine nasse Schnauze',
    'Wir haben die Bilder höher gehängt',
  ])('their words in everyday sentences pass: %s', (text) => expect(verdict(text)).toBe('allow'));
  it.each([
    'Waschlappen mit Namen',
    'Kleiner Feigling',
    'die Null vor dem Komma',
    'ein Schwein gehabt',
    'dumm gelaufen',
    'Bescheuert',
    'Wenn du Affen magst',
    'Futter für den Hund',
    'etwas zu fett',
    'Lauchsuppe',
    'Did you like it',
  ])('the same words as things or alone pass: %s', (text) => expect(verdict(text)).toBe('allow'));
  it.each(['zum Kot*** ist das', 'Schei** Wetter', 'am Ar*** vorbei'])(
    'a swear word written with stars is caught: %s',
    (text) => expect(verdict(text)).not.toBe('allow'),
  );
  it('Nazi alone is a history word for review; joined to an insult it blocks', () => {
    expect(verdict('die Nazizeit')).toBe('review');
    expect(verdict('Nazipack')).toBe('block');
  });
});
