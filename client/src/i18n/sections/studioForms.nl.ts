/** Dutch strings of the studio's forms per block kind. The English file must have the same keys. */
export const studioFormsNl = {
  'studio.forms.blockForm': '{kind}: {title}',
  'studio.forms.generalProblems':
    '{count, plural, one {Dit probleem hoort bij geen enkel veld hieronder:} other {Deze # problemen horen bij geen enkel veld hieronder:}}',
  'studio.forms.title': 'Titel',
  'studio.forms.minutes': 'Geplande minuten',
  'studio.forms.id': 'Id',
  'studio.forms.idHint': 'Kleine letters, cijfers en streepjes; andere blokken verwijzen ernaar.',
  'studio.forms.itemId': 'Id',
  'studio.forms.autoStartTimer': 'De timer start vanzelf als dit blok opengaat',
  'studio.forms.screen': 'Tekst op het grote scherm',
  'studio.forms.screenHint': 'Markdown. Kort en groot: de zaal leest dit van een afstand.',
  'studio.forms.phone': 'Tekst op de telefoon',
  'studio.forms.phoneHint': 'Markdown. Wat deelnemers bij dit blok op hun telefoon lezen.',
  'studio.forms.notes': 'Notities voor de workshopleider',
  'studio.forms.notesHint':
    'Markdown. Alleen jij ziet dit, in de console en op het draaiboek: doel, aanpak, waar je op let, wat je nodig hebt.',
  'studio.forms.markdownPreview': 'Voorbeeld',
  'studio.forms.markdownEmpty': 'Nog geen tekst.',
  'studio.forms.moveUp': '{item} omhoog',
  'studio.forms.moveDown': '{item} omlaag',
  'studio.forms.remove': '{item} verwijderen',
  'studio.forms.moved': '{item} staat nu op plaats {place}.',
  'studio.forms.removed': '{item} is verwijderd.',
  'studio.forms.added': '{item} is toegevoegd.',
  'studio.forms.notAnEntry':
    'Dit onderdeel is geen geldig item (het bestand had hier iets anders staan). Verwijder het en voeg een nieuw toe.',
  'studio.forms.points': 'Schaal',
  'studio.forms.points5': '5 punten (helemaal oneens … helemaal eens)',
  'studio.forms.points7': '7 punten (helemaal oneens … helemaal eens)',
  'studio.forms.repeats': 'Herhaalt een eerdere vraag',
  'studio.forms.repeatsHint':
    'Stel dezelfde vraag later nog eens. De opties (of stellingen) komen mee, zodat de console en het verslag voor en na naast elkaar zetten.',
  'studio.forms.repeatsNone': 'Nee, dit is een nieuwe vraag',

  'studio.forms.info.hint':
    'Een informatieblok heeft geen eigen instellingen: wat het laat zien, schrijf je hieronder bij de teksten voor het scherm en de telefoon.',
  'studio.forms.break.hint':
    'Een pauze heeft geen eigen instellingen. Zet de timer vanzelf aan, dan ziet de zaal hoe lang de pauze nog duurt.',

  'studio.forms.poll.question': 'Vraag',
  'studio.forms.poll.multiple': 'Deelnemers mogen meer dan één optie kiezen',
  'studio.forms.poll.options': 'Opties',
  'studio.forms.poll.option': 'Optie {number}',
  'studio.forms.poll.optionLabel': 'Tekst van optie {number}',
  'studio.forms.poll.addOption': 'Optie toevoegen',

  'studio.forms.scale.statements': 'Stellingen',
  'studio.forms.scale.statement': 'Stelling {number}',
  'studio.forms.scale.statementText': 'Tekst van stelling {number}',
  'studio.forms.scale.addStatement': 'Stelling toevoegen',

  'studio.forms.statements.items': 'Stellingen van de stellingenlijst',
  'studio.forms.statements.item': 'Stelling {number}',
  'studio.forms.statements.itemText': 'Tekst van stelling {number}',
  'studio.forms.statements.type': 'Welk ideaaltype meet deze stelling?',
  'studio.forms.statements.reversed': 'Omgekeerd: wie het eens is, scoort juist lager op dit type',
  'studio.forms.statements.addItem': 'Stelling toevoegen',
  'studio.forms.statements.perType':
    '{total, plural, one {# stelling} other {# stellingen}}: Bureaucraat {bureaucraat} · Ondernemer {ondernemer} · Verbinder {verbinder}',

  'studio.forms.casus.perspective': 'Door welke bril kijkt de zaal?',
  'studio.forms.casus.perspectiveHint':
    'Casus in extrema: elke ronde bekijkt dezelfde casus vanuit één ideaaltype of één kant van de tafel.',
  'studio.forms.casus.source': 'Welke casus?',
  'studio.forms.casus.source.programme': 'Het dossier van het programma',
  'studio.forms.casus.source.own': 'Een eigen tekst voor dit blok',
  'studio.forms.casus.source.same': 'Dezelfde casus als een eerdere ronde',
  'studio.forms.casus.playsCase':
    'Dit blok speelt het dossier “{title}”. Pas het aan bij het programma, dan verandert het in elke ronde.',
  'studio.forms.casus.noProgrammeCase':
    'Dit programma heeft nog geen dossier. Voeg het toe bij het programma, of geef dit blok een eigen tekst.',
  'studio.forms.casus.case': 'De casus',
  'studio.forms.casus.sameCaseAs': 'De ronde met dezelfde casus',
  'studio.forms.casus.sameCaseAsNone': 'Geen: dit blok heeft een eigen tekst',

  'studio.forms.roles.assignment': 'Wie krijgt welke rol?',
  'studio.forms.roles.assignment.random': 'Samenspel deelt de rollen willekeurig uit',
  'studio.forms.roles.assignment.facilitator': 'Ik deel de rollen zelf uit in de console',
  'studio.forms.roles.source': 'Welke rollen?',
  'studio.forms.roles.source.cast': 'De rollen uit het dossier van het programma',
  'studio.forms.roles.source.own': 'Eigen rollen voor dit rollenspel',
  'studio.forms.roles.source.swap': 'De rollen van een eerdere ronde, met de spelers gewisseld',
  'studio.forms.roles.playsCast':
    '{count, plural, one {Dit rollenspel speelt de # rol uit het dossier ({names}).} other {Dit rollenspel speelt de # rollen uit het dossier ({names}).}} Pas ze aan bij het programma.',
  'studio.forms.roles.noCast':
    'Het dossier van het programma heeft nog geen rollen. Voeg ze daar toe, of geef dit rollenspel eigen rollen.',
  'studio.forms.roles.cards': 'Rollen',
  'studio.forms.roles.card': 'Rol {number}',
  'studio.forms.roles.addCard': 'Rol toevoegen',
  'studio.forms.roles.name': 'Naam van de rol',
  'studio.forms.roles.public': 'Wat iedereen weet',
  'studio.forms.roles.publicHint': 'Markdown. De hele zaal ziet dit.',
  'studio.forms.roles.brief': 'Vertrouwelijke instructie',
  'studio.forms.roles.briefHint':
    'Markdown. Alleen wie deze rol speelt leest dit, op de eigen telefoon.',
  'studio.forms.roles.swapsWith': 'De ronde waarvan de rollen wisselen',
  'studio.forms.roles.swapsWithHint':
    'Tweede ronde: dezelfde rollen, maar de spelers ruilen, zodat iedereen de andere kant van de tafel ervaart.',
  'studio.forms.roles.swapPairs': 'Wie wisselt met wie',
  'studio.forms.roles.swapPairsHint':
    'Wie de eerste rol van een paar had, krijgt de tweede, en andersom. Zonder paren schuift iedereen een rol door.',
  'studio.forms.roles.pair': 'Paar {number}',
  'studio.forms.roles.pairFirst': 'Paar {number}: de ene rol',
  'studio.forms.roles.pairSecond': 'Paar {number}: de andere rol',
  'studio.forms.roles.addPair': 'Paar toevoegen',

  'studio.forms.practice.prompt': 'Wat de telefoons insturen',
  'studio.forms.practice.maxLength': 'Hoogstens zoveel tekens voor “wat speelt er”',
  'studio.forms.practice.maxLengthHint': 'Tussen 20 en 5000. Leeg laten is 600.',
  'studio.forms.practice.howItPlays':
    'Deelnemers sturen een dossier in, met of zonder naam. Jij zet dossiers op een shortlist, de zaal stemt of jij kiest. Een casus of rollenspel verderop speelt de gekozen casus als je daar “De casus uit de zaal” op dit blok zet.',
  'studio.forms.caseFrom.label': 'De casus uit de zaal',
  'studio.forms.caseFrom.hint':
    'Zodra de zaal in dat blok een casus koos, speelt dit blok die casus; tot dan de casus hieronder.',
  'studio.forms.caseFrom.none': 'Niet: speel de casus van het programma',
  'studio.forms.reflection.prompt': 'Reflectievraag',
  'studio.forms.reflection.anonymous': 'Anoniem: niemand ziet wie wat schreef, ook jij niet',
  'studio.forms.reflection.maxLength': 'Hoogstens zoveel tekens',
  'studio.forms.reflection.maxLengthHint': 'Tussen 20 en 5000. Leeg laten is 1000.',
  'studio.forms.reflection.intentionsFrom': 'Kijkt terug op de voornemens uit',
  'studio.forms.reflection.intentionsFromHint':
    'Op een volgende dag: elke telefoon toont boven de vraag de eigen voornemens uit dat blok.',
  'studio.forms.reflection.visitFrom': 'Terugkoppeling van het keukenbezoek uit',
  'studio.forms.reflection.visitFromHint':
    'Elke telefoon toont boven de vraag de eigen afspraak uit dat blok: met wie, bij wie, wanneer en de vraag.',
  'studio.forms.reflection.lookBackNone': 'Niet: geen terugblik',
  'studio.forms.visit.prompt': 'Wat de koppels afspreken',
  'studio.forms.visit.pairing': 'Hoe de koppels ontstaan',
  'studio.forms.visit.drawn': 'Samenspel deelt de koppels in (jij drukt op “Koppels maken”)',
  'studio.forms.visit.chosen': 'De deelnemers zoeken zelf een maatje en vullen de naam in',
  'studio.forms.visit.maxLength': 'Hoogstens zoveel tekens voor de vraag',
  'studio.forms.visit.maxLengthHint': 'Tussen 20 en 5000. Leeg laten is 500.',
  'studio.forms.visit.howItPlays':
    'Elke telefoon legt de afspraak vast: bij wie, wanneer en met welke vraag. Die staat in ieders samenvatting; een reflectie op een volgende dag met “Terugkoppeling van het keukenbezoek” toont hem weer.',
  'studio.forms.statements.repeats': 'Herhaalt de stellingenlijst van',
  'studio.forms.statements.repeatsHint':
    'Een tweede meting, bijvoorbeeld op dag 2: dezelfde stellingen (ze komen mee), en de projector toont het groepsgemiddelde toen en nu.',
  'studio.forms.groups.size': 'Mensen per groep',
  'studio.forms.groups.sizeHint': 'Tussen 2 en 12. Samenspel deelt de groepen willekeurig in.',
  'studio.forms.groups.prompt': 'Opdracht voor de groepen',
  'studio.forms.intentions.prompt': 'Vraag naar de voornemens',
  'studio.forms.intentions.max': 'Hoeveel voornemens mag iemand opschrijven?',
  'studio.forms.intentions.maxHint': 'Tussen 1 en 10. Leeg laten is 3.',

  'studio.forms.programme.heading': 'Het programma',
  'studio.forms.programme.title': 'Titel van het programma',
  'studio.forms.programme.audience': 'Voor wie',
  'studio.forms.programme.audienceHint': 'Bijvoorbeeld: beleidsmedewerkers van de provincie.',
  'studio.forms.programme.language': 'Taal van de inhoud',
  'studio.forms.programme.minutes': 'Totale duur in minuten',
  'studio.forms.programme.minutesHint':
    'De blokken tellen nu op tot {total} min; die twee moeten gelijk zijn.',
  'studio.forms.programme.minutesMatch': 'De blokken tellen op tot {total} min: dat klopt.',
  'studio.forms.programme.idHint': 'Het id van het programma zelf, zoals in het YAML-bestand.',
  'studio.forms.programme.description': 'Beschrijving',
  'studio.forms.programme.descriptionHint':
    'Markdown. Waar het programma over gaat, voor jou en je collega-trainers.',
  'studio.forms.case.heading': 'Het dossier',
  'studio.forms.case.intro':
    'Vertel de casus hier één keer. Elke casusronde zonder eigen tekst en elk rollenspel zonder eigen rollen speelt dit dossier: voor een nieuwe klant pas je alleen dit aan.',
  'studio.forms.case.title': 'Titel van het dossier',
  'studio.forms.case.text': 'Tekst van het dossier',
  'studio.forms.case.textHint':
    'Markdown. Wie de bestuurder is, wat er speelt, wat er op het spel staat.',
  'studio.forms.case.cast': 'De rollen van het rollenspel',
  'studio.forms.case.addCast': 'Rollen toevoegen aan het dossier',
  'studio.forms.case.add': 'Een dossier toevoegen',
  'studio.forms.case.remove': 'Dossier verwijderen',

  'studio.forms.placeholder.caseTitle': 'Het dossier',
  'studio.forms.placeholder.caseText':
    'Beschrijf hier de casus: wie de bestuurder is, wat er speelt en wanneer het af moet.',
  'studio.forms.placeholder.casus': 'Beschrijf hier de casus van deze ronde.',
  'studio.forms.placeholder.role': 'Nieuwe rol',
  'studio.forms.placeholder.bestuurder': 'De bestuurder',
  'studio.forms.placeholder.ambtenaar': 'De ambtenaar',
  'studio.forms.placeholder.public': 'Wat iedereen van deze rol weet.',
  'studio.forms.placeholder.brief': 'Wat alleen de speler van deze rol weet.',
};
