/**
 * Known compound parts: everyday German and English words that a term may be joined to
 * ("Voll|idiot", "Klug|scheißer", "Kinder|ficker", "Drecks|laden", "mother|fucker"). A term
 * found with letters before it counts only when those letters split into known parts (these, the
 * terms themselves, prefixes) and the letters after it are empty, an ending or known parts too:
 * "Sp|arsch|wein", "Ti|schlampe", "Rad|arsch|irm", "Bro|chure" do not split and pass.
 * Written by hand; never taken from the dictionaries the bench measures with.
 */
export const PREFIXES = `
  ab an auf aus be bei da dar durch ein ent er ge her hin los mit nach ob über um un unter ur ver
  vor weg zer zu zurück erz neo ultra mega super giga hyper ober haupt riesen voll stink sau mist
  hinter über
`
  .trim()
  .split(/\s+/);

export const DE_PARTS = `
  kind kinder mutter vater oma opa mann männer frau weib bruder schwester sohn tochter onkel tante
  chef lehrer bulle bullen polizei stadt dorf land volk welt schul schule büro kunde kunden
  nachbar typ kerl bengel göre pack bande staat regierung politik presse system fan gast koch
  bauer bauern öko kampf hund hunde schwein schweine sau ratte ratten affe affen kuh ziege esel
  ochse ochsen pferd katze fisch vogel wurm laus made kröte frosch bock gans kopf köpfe gesicht
  fresse maul hals bauch fuß hand finger bein ohr nase auge augen haar haut backe backen loch
  löcher hirn birne herz zunge lippe brust titten schwanz arsch hintern knie zahn dumm doof blöd
  blöde dreck dreckig fett alt klein groß dick dünn faul geil klug schlau schwach stark hohl
  dämlich billig hässlich schön kalt warm heiß nass trocken schwul schwarz weiß rot grün braun
  gelb blau scheinheilig falsch lügen lüge schleim schmier schmutz mist müll abfall gammel kotz
  kack pisse stink schmalz rotz furz
`
  .trim()
  .split(/\s+/);

export const EN_PARTS = `
  jockey lover lovers lickers munchers munch eater rider queen blaster pirate packer bandit brains
  lips heads holes bags bubble pounder rot tease knob smoker job juice monkeys dumpster breath
  stick herder bender pusher hound kitten rag diver slinger gobbler guzzler hungry lord master
  fiend junkie mouth sniffer puppy ranger cowboy king factory fucker sucking tard crack mother
  father brother sister son daughter baby kid woman boy girl dumb stupid fat old big little lazy
  dirty ugly cheap crazy mad bull dog pig cow rat monkey donkey chicken cluster mind brain head
  face hole ass butt lick licker sucker suck wipe wad weed bag wit wits stain muncher monger
  burger bowl box shop store food meal show hat clown nut bucket load pile fest fests boy bitch
  shit fuck cock dick cunt twat slut whore porn sex school town land house fish goat fag half
  chicken holy jack kiss kisser kissers puppy puppies block blocker stuffer stuffers ball
  balls brains limp pants wagon biscuit nugget waffle weasel goblin rocket pocket bunny bunnies
  slave slaves bucket dump dumpster hat hats rag wipes lard lame jerk gay
`
  .trim()
  .split(/\s+/);

/**
 * Second parts that make an English insult of a whole-word term before them (`skank|head`,
 * `twat|face`, `slut|bag`): the word terms take them like an ending, with -s.
 */
export const EN_TAILS = `
  head face bag wad hole brain stain licker sucker lover breath wipe monkey muncher fucker
`
  .trim()
  .split(/\s+/);
