// What the CLI itself says, French first. The studio's strings live in shared/i18n, but that is TypeScript and node 20
// cannot import it from a plain .mjs at run time; the engine's own messages still come from there, through the page.
// tests/cli.e2e.ts holds these strings to the same typography rules and checks that both languages have every key.

export const langs = ['fr', 'en'];
export const locales = { fr: 'fr-FR', en: 'en-GB' };

export const messages = {
  fr: {
    usage: [
      'Utilisation : npm run photo -- check [options] FICHIERS…',
      '',
      'Vérifie des photos d’identité avec le moteur du studio (dans Chromium, sans fenêtre)',
      'et les prépare au format de la carte.',
      '',
      'Options :',
      '  --profile ID     établissement : {profiles} (par défaut : demo)',
      '  --out DOSSIER    enregistre chaque photo préparée dans DOSSIER/<nom>.jpg',
      '  --json           une ligne JSON par fichier au lieu du tableau',
      '  --lang fr|en     langue des messages (par défaut : fr)',
      '  --timeout S      temps maximal par photo, en secondes (par défaut : 30)',
      '  -h, --help       affiche cette aide',
      '',
      'Sortie : 0 si chaque fichier a sa ligne, 1 si l’outil a échoué, 2 si la commande est mal écrite.',
    ].join('\n'),
    'usage.noCommand': 'Indiquez la commande « check ».',
    'usage.unknownCommand': 'Commande inconnue : {command} (la seule commande est « check »).',
    'usage.badOption': 'Option inconnue ou mal écrite : {option}',
    'usage.noFiles': 'Indiquez au moins un fichier à vérifier.',
    'usage.unknownProfile': 'Profil inconnu : {profile} (profils : {profiles}).',
    'usage.badLang': 'Langue inconnue : {lang} (fr ou en).',
    'usage.badTimeout': 'Temps maximal invalide : {timeout} (un nombre de secondes supérieur à 0).',
    'tool.noChromium':
      'Chromium introuvable ({path}) : installez-le avec « apt-get install chromium » ou indiquez son chemin dans CHROME_PATH.',
    'tool.engineFailed': 'Le moteur photo n’a pas pu démarrer : {reason}',
    'tool.outDir': 'Impossible de créer le dossier {dir} : {reason}',
    'tool.write': 'Impossible d’écrire {path} : {reason}',
    'tool.failed': 'L’outil a échoué : {reason}',
    'file.missing': 'Ce fichier n’existe pas.',
    'file.directory': 'C’est un dossier, pas une photo.',
    'file.special': 'Ce n’est pas un fichier ordinaire.',
    'file.denied': 'Ce fichier ne peut pas être lu (accès refusé).',
    'file.other': 'Ce fichier ne peut pas être lu ({reason}).',
    'engine.timeout': 'La préparation de la photo a dépassé {seconds} s ; elle a été abandonnée.',
    'engine.crashed': 'Le moteur photo s’est arrêté sur ce fichier ({reason}).',
    'table.file': 'Fichier',
    'table.size': 'Taille',
    'table.bytes': 'Poids',
    'table.quality': 'Qualité',
    'table.duration': 'Durée',
    'table.result': 'Résultat',
    'result.ready': 'prête',
    'result.warnings': 'prête, à vérifier : {message}',
    'result.blocked': 'bloquée : {message}',
    'result.refused': 'refusée : {message}',
    'summary.ready.one': '{count} photo prête',
    'summary.ready.other': '{count} photos prêtes',
    'summary.refused.one': '{count} refusée',
    'summary.refused.other': '{count} refusées',
  },
  en: {
    usage: [
      'Usage: npm run photo -- check [options] FILES…',
      '',
      'Checks ID photos with the studio’s engine (in Chromium, without a window)',
      'and prepares them in the card’s format.',
      '',
      'Options:',
      '  --profile ID     institution: {profiles} (default: demo)',
      '  --out DIR        saves each prepared photo as DIR/<name>.jpg',
      '  --json           one JSON line per file instead of the table',
      '  --lang fr|en     language of the messages (default: fr)',
      '  --timeout S      longest time per photo, in seconds (default: 30)',
      '  -h, --help       shows this help',
      '',
      'Exit status: 0 when every file got its line, 1 when the tool failed, 2 when the command is mistyped.',
    ].join('\n'),
    'usage.noCommand': 'Give the command “check”.',
    'usage.unknownCommand': 'Unknown command: {command} (the only command is “check”).',
    'usage.badOption': 'Unknown or mistyped option: {option}',
    'usage.noFiles': 'Give at least one file to check.',
    'usage.unknownProfile': 'Unknown profile: {profile} (profiles: {profiles}).',
    'usage.badLang': 'Unknown language: {lang} (fr or en).',
    'usage.badTimeout': 'Invalid longest time: {timeout} (a number of seconds above 0).',
    'tool.noChromium':
      'Chromium not found ({path}): install it with “apt-get install chromium” or give its path in CHROME_PATH.',
    'tool.engineFailed': 'The photo engine could not start: {reason}',
    'tool.outDir': 'Cannot create the folder {dir}: {reason}',
    'tool.write': 'Cannot write {path}: {reason}',
    'tool.failed': 'The tool failed: {reason}',
    'file.missing': 'This file does not exist.',
    'file.directory': 'This is a folder, not a photo.',
    'file.special': 'This is not a regular file.',
    'file.denied': 'This file cannot be read (permission denied).',
    'file.other': 'This file cannot be read ({reason}).',
    'engine.timeout': 'Preparing the photo took more than {seconds} s; it was given up.',
    'engine.crashed': 'The photo engine stopped on this file ({reason}).',
    'table.file': 'File',
    'table.size': 'Size',
    'table.bytes': 'Weight',
    'table.quality': 'Quality',
    'table.duration': 'Time',
    'table.result': 'Result',
    'result.ready': 'ready',
    'result.warnings': 'ready, to review: {message}',
    'result.blocked': 'blocked: {message}',
    'result.refused': 'refused: {message}',
    'summary.ready.one': '{count} photo ready',
    'summary.ready.other': '{count} photos ready',
    'summary.refused.one': '{count} refused',
    'summary.refused.other': '{count} refused',
  },
};

/**
 * The message for `key` in `lang`, its `{name}` placeholders filled (as shared/i18n's translate does).
 * @param {'fr' | 'en'} lang
 * @param {keyof typeof messages.fr} key
 * @param {Record<string, string | number>} [params]
 */
export const say = (lang, key, params = {}) =>
  messages[lang][key].replace(/\{(\w+)\}/g, (whole, name) => String(params[name] ?? whole));

/** "3 photos prêtes, 1 refusée": French counts 0 and 1 as singular, hence Intl.PluralRules rather than `n > 1`. */
export function summary(lang, ready, refused) {
  const plural = new Intl.PluralRules(locales[lang]);
  const count = n => new Intl.NumberFormat(locales[lang]).format(n);
  return [
    say(lang, `summary.ready.${plural.select(ready) === 'one' ? 'one' : 'other'}`, { count: count(ready) }),
    say(lang, `summary.refused.${plural.select(refused) === 'one' ? 'one' : 'other'}`, {
      count: count(refused),
    }),
  ].join(', ');
}
