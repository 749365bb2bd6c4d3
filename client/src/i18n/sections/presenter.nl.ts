/** Dutch strings of the presenter screens (live activities). The English file must have the same keys. */
export const presenterNl = {
  'presenter.progress': 'Blok {n} van {m}',

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
  'presenter.answered.poll.one': '{answered} van {members} heeft gestemd',
  'presenter.answered.poll.other': '{answered} van {members} hebben gestemd',
  'presenter.answered.scale.one': '{answered} van {members} heeft geantwoord',
  'presenter.answered.scale.other': '{answered} van {members} hebben geantwoord',
  'presenter.answered.statements.one': '{answered} van {members} is aan de lijst begonnen',
  'presenter.answered.statements.other': '{answered} van {members} zijn aan de lijst begonnen',
  'presenter.answered.reflection.one': '{answered} van {members} heeft iets geschreven',
  'presenter.answered.reflection.other': '{answered} van {members} hebben iets geschreven',
  'presenter.answered.intentions.one': '{answered} van {members} heeft een voornemen',
  'presenter.answered.intentions.other': '{answered} van {members} hebben een voornemen',
  'presenter.locked': 'Gesloten',
  'presenter.results': 'Uitslag',

  'presenter.rounds': 'De rondes naast elkaar',
  'presenter.round.current': 'Nu',
  'presenter.round.none': 'Geen uitslag',

  'presenter.scale.statements': 'De uitspraken',

  'presenter.statements.count': '{count} uitspraken',
  'presenter.statements.private':
    'Op dit scherm komt alleen het beeld van de groep, zonder namen. Je eigen profiel zie je op je telefoon.',
  'presenter.spread.title': 'De groep over de drie ideaaltypen',
  'presenter.spread.complete':
    '{complete} van {respondents} lijsten zijn helemaal ingevuld; alleen die staan in het beeld.',
  'presenter.spread.legend': 'De drie ideaaltypen',
  'presenter.spread.mean': 'groep: {percent}%',

  'presenter.reflection.anonymous': 'Anoniem',
  'presenter.reflection.highlights': 'Uitgelicht',

  'presenter.roles.players.one': '1 speler',
  'presenter.roles.players.other': '{count} spelers',
  'presenter.roles.none': 'niet gespeeld',
  'presenter.roles.undealt': 'De rollen worden zo verdeeld.',
  'presenter.roles.dealt': 'Iedereen heeft een rol: kijk op je telefoon.',
  'presenter.roles.cards': 'De rollen',

  'presenter.groups.count.one': '1 groep',
  'presenter.groups.count.other': '{count} groepen',
  'presenter.groups.pending': 'De groepen worden zo gevormd',
  'presenter.groups.size.2': 'in tweetallen',
  'presenter.groups.size.3': 'in drietallen',
  'presenter.groups.size.other': 'in groepjes van {size}',
  'presenter.groups.phone': 'Op je telefoon zie je met wie je bent.',

  'presenter.break.until': 'Pauze tot {time}',
  'presenter.break.minutes.one': '1 minuut pauze',
  'presenter.break.minutes.other': '{minutes} minuten pauze',
  'presenter.break.over': 'We gaan weer verder',

  'presenter.lobby.step1': 'Ga naar',
  'presenter.lobby.step2': 'Vul de code in',
  'presenter.lobby.in.zero': 'Nog niemand binnen',
  'presenter.lobby.in.one': '1 deelnemer binnen',
  'presenter.lobby.in.other': '{count} deelnemers binnen',
  'presenter.lobby.soon': 'We beginnen zo',

  'presenter.ended.lead': 'Dank voor jullie inzet, openheid en goede gesprekken.',
  'presenter.ended.people.one': 'Met 1 deelnemer',
  'presenter.ended.people.other': 'Met {count} deelnemers',
  'presenter.ended.close': 'Je kunt de pagina op je telefoon nu sluiten.',
} as const satisfies Record<string, string>;
