/** Dutch strings of the presenter screens (live activities). The English file must have the same keys. */
export const presenterNl = {
  'presenter.progress': 'Onderdeel {n} van {m}',

  'presenter.timer.idle': 'Nog niet gestart',
  'presenter.timer.paused': 'Gepauzeerd',
  'presenter.timer.expired': 'De tijd is om',

  'presenter.lens.label': 'Perspectief',
  'presenter.lens.bureaucraat': 'Door de ogen van de Bureaucraat',
  'presenter.lens.ondernemer': 'Door de ogen van de Ondernemer',
  'presenter.lens.verbinder': 'Door de ogen van de Verbinder',
  'presenter.lens.bestuurder': 'Door de ogen van de bestuurder',
  'presenter.lens.ambtenaar': 'Door de ogen van de ambtenaar',
  'presenter.case': 'De casus',
  'presenter.casePage': 'blad {n} van {m}',

  'presenter.poll.multiple': 'Meer antwoorden mogelijk',
  'presenter.poll.single': 'Kies één antwoord',
  'presenter.poll.options': 'De antwoorden',
  'presenter.answered.poll':
    '{complete, plural, one {# van {members} heeft gestemd} other {# van {members} hebben gestemd}}',
  'presenter.answered.scale':
    '{complete, plural, one {# van {members} is klaar} other {# van {members} zijn klaar}}',
  'presenter.answered.statements':
    '{complete, plural, one {# van {members} heeft de lijst af} other {# van {members} hebben de lijst af}}',
  'presenter.answered.reflection':
    '{complete, plural, one {# van {members} heeft iets geschreven} other {# van {members} hebben iets geschreven}}',
  'presenter.answered.intentions':
    '{complete, plural, one {# van {members} heeft een voornemen} other {# van {members} hebben een voornemen}}',
  'presenter.answered.practice':
    '{complete, plural, one {# van {members} heeft een dossier ingestuurd} other {# van {members} hebben een dossier ingestuurd}}',
  'presenter.answered.visit':
    '{complete, plural, one {# van {members} heeft een afspraak vastgelegd} other {# van {members} hebben een afspraak vastgelegd}}',
  'presenter.visit.pairs': '{count, plural, one {# koppel} other {# koppels}}',
  'presenter.visit.pending': 'De koppels worden zo gemaakt',
  'presenter.visit.phone': 'Op je telefoon zie je met wie je op bezoek gaat.',
  'presenter.visit.chosen': 'Zoek een maatje en leg samen de afspraak vast.',
  'presenter.practice.shortlist': 'Welke casus spelen we?',
  'presenter.practice.votes':
    '{count, plural, =0 {nog geen stemmen} one {# stem} other {# stemmen}}',
  'presenter.practice.chosen': 'Deze casus spelen we',
  'presenter.answered.started': '{started} nog bezig',
  'presenter.locked': 'Gesloten',
  'presenter.results': 'Uitslag',

  'presenter.rounds': 'De rondes naast elkaar',
  'presenter.round.current': 'Nu',
  'presenter.round.none': 'Geen uitslag',

  'presenter.scale.statements': 'De uitspraken',

  'presenter.statements.count': '{count, plural, one {# uitspraak} other {# uitspraken}}',
  'presenter.statements.private':
    'Op dit scherm komt alleen het beeld van de groep, zonder namen. Je eigen profiel zie je op je telefoon.',
  'presenter.spread.title': 'De groep over de drie ideaaltypen',
  'presenter.spread.complete':
    '{respondents, plural, one {Helemaal ingevuld: {complete} van # lijst. Alleen een volledige lijst staat in het beeld.} other {Helemaal ingevuld: {complete} van # lijsten. Alleen volledige lijsten staan in het beeld.}}',
  'presenter.spread.then': 'toen {percent}%',
  'presenter.spread.shiftTitle': 'De groep toen en nu, over de drie ideaaltypen',
  'presenter.spread.thenFrom': 'Gestippelde ring en “toen”: {title}. De pijl wijst naar nu.',
  'presenter.spread.legend': 'De drie ideaaltypen',
  'presenter.spread.mean': 'groep: {percent}%',

  'presenter.reflection.anonymous': 'Anoniem',
  'presenter.reflection.highlights': 'Uitgelicht',

  'presenter.roles.players': '{count, plural, one {# speler} other {# spelers}}',
  'presenter.roles.none': 'niet gespeeld',
  'presenter.roles.undealt': 'De rollen worden zo verdeeld.',
  'presenter.roles.dealt': 'Iedereen heeft een rol: kijk op je telefoon.',
  'presenter.roles.cards': 'De rollen',

  'presenter.groups.count': '{count, plural, one {# groep} other {# groepen}}',
  'presenter.groups.pending': 'De groepen worden zo gevormd',
  'presenter.groups.size.2': 'in tweetallen',
  'presenter.groups.size.3': 'in drietallen',
  'presenter.groups.size.other': 'in groepjes van {size}',
  'presenter.groups.phone': 'Op je telefoon zie je met wie je bent.',

  'presenter.break.until': 'Pauze tot {time}',
  'presenter.break.minutes': '{minutes, plural, one {# minuut pauze} other {# minuten pauze}}',
  'presenter.break.over': 'We gaan weer verder',

  'presenter.lobby.step1': 'Ga naar',
  'presenter.lobby.step2': 'Vul de code in',
  'presenter.lobby.in':
    '{count, plural, =0 {Nog niemand binnen} one {# deelnemer binnen} other {# deelnemers binnen}}',
  'presenter.lobby.soon': 'We beginnen zo',

  'presenter.ended.lead': 'Voor jullie inzet, openheid en goede gesprekken.',
  'presenter.ended.people': '{count, plural, one {Met # deelnemer} other {Met # deelnemers}}',
  'presenter.ended.close':
    'Op je telefoon staat je eigen samenvatting. Download die als je hem wilt bewaren; daarna kun je de pagina sluiten.',
  'presenter.rest.title': '{title} zit erop',
  'presenter.rest.next': 'Tot ziens bij {next}',
  'presenter.rest.hint':
    'Bewaar de terugkeerlink op je telefoon: daarmee kom je de volgende keer terug in deze groep.',
} as const satisfies Record<string, string>;
