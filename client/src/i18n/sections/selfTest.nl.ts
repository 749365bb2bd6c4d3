/** Dutch of the public self-test (`/zelftest`), loaded with its page. */
export const selfTestNl = {
  'selfTest.title': 'Zelftest: welk type ambtenaar ben jij?',
  'selfTest.lead':
    'Vierentwintig uitspraken over hoe je werkt. Daarna zie je meteen waar je staat in de driehoek van de drie ideaaltypen: Bureaucraat, Ondernemer en Verbinder.',
  'selfTest.privacy':
    'Je antwoorden blijven op dit apparaat. Er gaat niets naar de server, tenzij je zelf een code maakt om je uitslag mee te nemen naar een workshop.',
  'selfTest.loading': 'De stellingen worden geladen…',
  'selfTest.failed':
    'De stellingen konden niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  'selfTest.retry': 'Opnieuw proberen',
  'selfTest.missing': 'Deze server biedt geen zelftest aan.',
  'selfTest.hint':
    'Antwoord vanuit hoe je de afgelopen maanden echt hebt gewerkt, niet vanuit hoe je zou willen werken. Ga af op je eerste gevoel: goed of fout bestaat hier niet.',
  'selfTest.left':
    '{n, plural, one {Nog # stelling, dan zie je je profiel.} other {Nog # stellingen, dan zie je je profiel.}}',
  'selfTest.done': 'Klaar! Je profiel staat hieronder.',
  'selfTest.toProfile': 'Naar je profiel',
  'selfTest.types.title': 'De drie ideaaltypen',
  'selfTest.type.bureaucraat.long':
    'De Bureaucraat brengt de rechtsstaat in het dagelijkse werk. Het bestuur beslist, de ambtenaar voert loyaal en neutraal uit. Gelijke gevallen worden gelijk behandeld, besluiten zijn rechtmatig en zo vastgelegd dat ze later te verantwoorden zijn. Heldere kaders zijn voor dit type geen keurslijf, maar de ruimte waarbinnen je kunt handelen.',
  'selfTest.type.ondernemer.long':
    'De Ondernemer stuurt op resultaat. Dit type kwam op in de jaren tachtig, toen de overheid meer als een bedrijf ging werken: doelmatig, klantgericht, met oog voor tijd en geld. De Ondernemer neemt initiatief, zoekt vernieuwing en durft een risico te nemen. De motor is de eigen drijfveer: weten waarom je iets doet.',
  'selfTest.type.verbinder.long':
    'De Verbinder ziet de overheid als partner van de samenleving. Sinds het begin van deze eeuw draait het om publieke meerwaarde: samen met inwoners, bedrijven en andere organisaties werken aan wat ertoe doet. De Verbinder bouwt relaties, voelt aan wat er in de omgeving speelt, denkt mee en leert samen met anderen.',
  'selfTest.types.note':
    'Alle drie bestaan vandaag naast elkaar, vaak in één afdeling. Bestuurlijke sensitiviteit begint bij weten welk type een situatie vraagt, ook als dat niet je eigen voorkeur is.',
  'selfTest.download.title': 'Bewaar je plaatje',
  'selfTest.download.png': 'Download als afbeelding (PNG)',
  'selfTest.download.svg': 'Download als SVG',
  'selfTest.download.failed':
    'Deze browser kon de afbeelding niet maken. Download de SVG: die opent in elke browser.',
  'selfTest.picture.title': 'Mijn profiel als ambtenaar',
  'selfTest.picture.subtitle': 'Zelftest bestuurlijke sensitiviteit · {date}',
  'selfTest.picture.footer':
    'Gemaakt met Samenspel. Elk type is een kracht in de juiste situatie, geen hokje.',
  'selfTest.carry.title': 'Meenemen naar je workshop',
  'selfTest.carry.lead':
    'Doe je binnenkort mee aan een workshop? Maak een code en vul die daar in bij de stellingenlijst. Dan staan je antwoorden er meteen in.',
  'selfTest.carry.make': 'Maak een code',
  'selfTest.carry.making': 'De code wordt gemaakt…',
  'selfTest.carry.code': 'Jouw code',
  'selfTest.carry.until':
    'De code werkt één keer, tot {date}. Schrijf hem op of maak een schermafbeelding.',
  'selfTest.carry.failed': 'Het maken van de code is niet gelukt. Probeer het zo opnieuw.',
  'selfTest.carry.stored':
    'Alleen je antwoorden gaan met de code naar de server, zonder naam. Na 90 dagen, of een dag nadat je ze in een workshop hebt gebruikt, zijn ze daar weg.',
  'selfTest.restart': 'Wis mijn antwoorden',
  'selfTest.restartConfirm': 'Ja, wis ze',
  'selfTest.restartQuestion': 'Al je antwoorden van deze zelftest wissen?',
};
