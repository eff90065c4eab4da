/**
 * Known compound parts: everyday German and English words that a term may be joined to
 * ("Voll|idiot", "Klug|scheißer", "Kinder|ficker", "Drecks|laden", "mother|fucker"). A term
 * found with letters before it counts only when those letters split into known parts (these, the
 * terms themselves, prefixes) and the letters after it are empty, an ending or known parts too:
 * "Sp|arsch|wein", "Ti|schlampe", "Rad|arsch|irm", "Bro|chure" do not split and pass.
 * Written by hand; never taken from the dictionaries the bench measures with.
 */
export const PREFIXES = [
  'ab', 'an', 'auf', 'aus', 'be', 'bei', 'da', 'dar', 'durch', 'ein', 'ent', 'er', 'ge', 'her', 'hin', 'los', 'mit',
  'nach', 'ob', 'über', 'um', 'un', 'unter', 'ur', 'ver', 'vor', 'weg', 'zer', 'zu', 'zurück', 'erz', 'neo', 'ultra',
  'mega', 'super', 'giga', 'hyper', 'ober', 'haupt', 'riesen', 'voll', 'stink', 'sau', 'mist', 'hinter', 'über',
];

export const DE_PARTS = [
  // people, family, roles
  'kind', 'kinder', 'mutter', 'vater', 'oma', 'opa', 'mann', 'männer', 'frau', 'weib', 'bruder', 'schwester', 'sohn',
  'tochter', 'onkel', 'tante', 'chef', 'lehrer', 'bulle', 'bullen', 'polizei', 'stadt', 'dorf', 'land', 'volk',
  'welt', 'schul', 'schule', 'büro', 'kunde', 'kunden', 'nachbar', 'typ', 'kerl', 'bengel', 'göre', 'pack', 'bande',
  'staat', 'regierung', 'politik', 'presse', 'system', 'fan', 'gast', 'koch', 'bauer', 'bauern', 'öko', 'kampf',
  // animals
  'hund', 'hunde', 'schwein', 'schweine', 'sau', 'ratte', 'ratten', 'affe', 'affen', 'kuh', 'ziege', 'esel', 'ochse',
  'ochsen', 'pferd', 'katze', 'fisch', 'vogel', 'wurm', 'laus', 'made', 'kröte', 'frosch', 'bock', 'gans',
  // body
  'kopf', 'köpfe', 'gesicht', 'fresse', 'maul', 'hals', 'bauch', 'fuß', 'hand', 'finger', 'bein', 'ohr', 'nase',
  'auge', 'augen', 'haar', 'haut', 'backe', 'backen', 'loch', 'löcher', 'hirn', 'birne', 'herz', 'zunge', 'lippe',
  'brust', 'titten', 'schwanz', 'arsch', 'hintern', 'knie', 'zahn',
  // qualities
  'dumm', 'doof', 'blöd', 'blöde', 'dreck', 'dreckig', 'fett', 'alt', 'klein', 'groß', 'dick', 'dünn', 'faul',
  'geil', 'klug', 'schlau', 'schwach', 'stark', 'hohl', 'dämlich', 'billig', 'hässlich', 'schön', 'kalt', 'warm',
  'heiß', 'nass', 'trocken', 'schwul', 'schwarz', 'weiß', 'rot', 'grün', 'braun', 'gelb', 'blau', 'scheinheilig',
  'falsch', 'lügen', 'lüge', 'schleim', 'schmier', 'schmutz', 'mist', 'müll', 'abfall', 'gammel', 'kotz', 'kack',
  'pisse', 'stink', 'schmalz', 'rotz', 'furz',
  // food and shop words (our shoppers' compounds)
  'burger', 'müsli', 'brot', 'brötchen', 'kuchen', 'torte', 'wurst', 'würstchen', 'käse', 'fleisch', 'salat',
  'soße', 'sauce', 'suppe', 'pizza', 'menü', 'box', 'schale', 'becher', 'teller', 'tasse', 'glas', 'flasche',
  'laden', 'geschäft', 'shop', 'firma', 'marke', 'essen', 'fraß', 'futter', 'kost', 'frühstück', 'sandwich',
  'bowl', 'kaffee', 'tee', 'bier', 'wein', 'saft', 'milch', 'quark', 'joghurt', 'honig', 'schoko', 'schokolade',
  'keks', 'kekse', 'eis', 'pommes', 'döner', 'kebab', 'nudel', 'nudeln', 'reis', 'hafer', 'nuss', 'frucht',
  'obst', 'gemüse', 'zwiebel', 'gurke', 'tomate', 'beere', 'apfel', 'birne', 'banane', 'packung', 'dose', 'tüte',
  'paket', 'lieferung', 'preis', 'service', 'design', 'label', 'etikett', 'name', 'produkt', 'qualität',
  // things and places
  'haus', 'häuser', 'wohnung', 'zimmer', 'keller', 'küche', 'bude', 'loch', 'kiste', 'karre', 'auto', 'wagen',
  'zug', 'bahn', 'straße', 'platz', 'park', 'wald', 'berg', 'see', 'meer', 'feld', 'garten', 'hof', 'stall',
  'scheune', 'bank', 'amt', 'heim', 'club', 'verein', 'partei', 'kirche', 'turm', 'tor', 'tür', 'fenster',
  'wand', 'mauer', 'boden', 'dach', 'bett', 'tisch', 'stuhl', 'sofa', 'handy', 'computer', 'film', 'spiel',
  'buch', 'zeitung', 'brief', 'karte', 'bild', 'foto', 'video', 'musik', 'lied', 'party', 'wetter', 'tag',
  'woche', 'monat', 'jahr', 'nacht', 'abend', 'morgen', 'zeit', 'job', 'arbeit', 'geld', 'lappen', 'fetzen',
  'ding', 'teil', 'zeug', 'sache', 'gesocks', 'gesindel', 'verein', 'haufen', 'beutel', 'sack', 'säcke',
  'krampe', 'geige', 'gurke', 'kriecher', 'lecker', 'lutscher', 'ritter', 'bratze', 'nelke', 'kopp', 'gesicht',
  'mut', 'wut', 'hass', 'neid', 'gier', 'spaß', 'witz', 'bombe', 'feuer', 'brand', 'waffe', 'messer', 'gas',
];

export const EN_PARTS = [
  'mother', 'father', 'brother', 'sister', 'son', 'daughter', 'baby', 'kid', 'man', 'men', 'woman', 'boy', 'girl',
  'dumb', 'stupid', 'fat', 'old', 'big', 'little', 'lazy', 'dirty', 'ugly', 'cheap', 'crazy', 'mad', 'bull',
  'horse', 'dog', 'pig', 'cow', 'rat', 'monkey', 'donkey', 'chicken', 'cluster', 'mind', 'brain', 'head', 'face',
  'hole', 'ass', 'butt', 'lick', 'licker', 'sucker', 'suck', 'wipe', 'wad', 'weed', 'bag', 'wit', 'wits', 'stain',
  'muncher', 'monger', 'burger', 'bowl', 'box', 'shop', 'store', 'food', 'meal', 'show', 'storm', 'hat', 'clown',
  'nut', 'bucket', 'load', 'pile', 'ton', 'tons', 'fest', 'fests', 'up', 'ups', 'off', 'offs', 'boy', 'bitch',
  'shit', 'fuck', 'cock', 'dick', 'cunt', 'twat', 'slut', 'whore', 'porn', 'sex', 'school', 'town', 'land',
  'house', 'bird', 'fish', 'goat', 'fag', 'half', 'super', 'mega', 'ultra', 'chicken', 'holy', 'jack',
];
