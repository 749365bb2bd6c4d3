/** Dutch strings of the phone screens (live activities). The English file must have the same keys. */
export const phoneNl = {
  'phone.state.sending': 'Bezig met versturen…',
  'phone.state.pending':
    'Nog niet verstuurd: je bent even offline. Zodra de verbinding terug is, gaat het vanzelf mee.',
  'phone.state.sent': 'Je antwoord is ontvangen',
  'phone.state.sentReflection': 'Je reflectie is ontvangen',
  'phone.state.sentIntentions': 'Je voornemens zijn opgeslagen',
  'phone.state.failed': 'Dit is niet aangekomen.',
  'phone.retry': 'Opnieuw versturen',
  'phone.locked.vote': 'De workshopleider heeft de stemming gesloten',
  'phone.locked.answers':
    'De workshopleider heeft de antwoorden gesloten. Wat je invulde, kun je nog wel teruglezen.',
  'phone.locked.writing':
    'De workshopleider heeft deze ronde afgesloten. Je kunt je antwoord nog wel teruglezen.',

  'phone.practice.intro':
    'Beschrijf in een paar regels een dossier uit je eigen werk. Verzin gerust namen: het gaat om de situatie.',
  'phone.practice.title': 'Titel van je dossier',
  'phone.practice.who': 'Wie is de bestuurder?',
  'phone.practice.whoHint': 'Een functie is genoeg, bijvoorbeeld: de wethouder wonen.',
  'phone.practice.stake': 'Wat speelt er, en wat staat er op het spel?',
  'phone.practice.deadline': 'Wanneer moet het rond? (mag leeg blijven)',
  'phone.practice.named': 'Mijn naam mag erbij',
  'phone.practice.anonymousHint':
    'Anoniem: niemand ziet dat dit dossier van jou is, ook de workshopleider niet.',
  'phone.practice.namedHint':
    'Alleen de workshopleider ziet je naam bij je dossier, zodat die je kan vragen er meer over te vertellen.',
  'phone.practice.submit': 'Dossier insturen',
  'phone.practice.resubmit': 'Wijziging insturen',
  'phone.practice.sent': 'Je dossier is ontvangen. Je kunt het nog aanpassen.',
  'phone.practice.voteQuestion': 'Welke casus wil je spelen?',
  'phone.practice.voteHint': 'Tik op de casus van je keuze. Je kunt je keuze nog wijzigen.',
  'phone.practice.voted': 'Je stem is ontvangen',
  'phone.practice.chosen': 'Deze casus speelt de groep',
  'phone.casus.label': 'De casus',
  'phone.casus.lens': 'Lees de casus door deze bril.',

  'phone.poll.chooseOne':
    'Je keuze wordt meteen verstuurd. Van gedachten veranderd? Tik gewoon een ander antwoord aan.',
  'phone.poll.chooseMany': 'Kies alles wat bij je past en tik dan op Versturen.',
  'phone.poll.submit': 'Versturen',
  'phone.poll.resubmit': 'Wijziging versturen',
  'phone.poll.notSent': 'Nog niet verstuurd: tik op Versturen.',

  'phone.scale.stronglyDisagree': 'Helemaal oneens',
  'phone.scale.disagree': 'Oneens',
  'phone.scale.somewhatDisagree': 'Een beetje oneens',
  'phone.scale.neutral': 'Neutraal',
  'phone.scale.somewhatAgree': 'Een beetje eens',
  'phone.scale.agree': 'Eens',
  'phone.scale.stronglyAgree': 'Helemaal eens',
  'phone.scale.point': '{n} van {m}',
  'phone.scale.choice': 'Jouw keuze: {label}',
  'phone.scale.noChoice': 'Nog niet ingevuld',

  'phone.statements.progress': '{n} van {m}',
  'phone.statements.progressLabel': 'beantwoord',
  'phone.statements.hint': 'Er zijn geen goede of foute antwoorden. Ga af op je eerste gevoel.',
  'phone.statements.done': 'Alle stellingen beantwoord, dank je! Je profiel staat hieronder.',
  'phone.statements.toProfile': 'Naar je profiel',
  'phone.statements.waiting': 'Je profiel verschijnt zodra al je antwoorden binnen zijn.',

  'phone.profile.title': 'Jouw profiel',
  'phone.profile.chart': 'Jouw profiel in de driehoek van de drie ideaaltypen',
  'phone.profile.leaning': 'Je voorkeur ligt het meest bij de {type}.',
  'phone.profile.balanced':
    'Je profiel is opvallend evenwichtig: geen van de drie typen springt eruit.',
  'phone.profile.strength': 'Hoe sterk je je herkent',
  'phone.profile.partial':
    '{m, plural, one {Gebaseerd op {n} van de # stelling.} other {Gebaseerd op {n} van de # stellingen.}}',
  'phone.profile.note':
    'Elk type is een kracht in de juiste situatie, geen hokje. Het gaat erom dat je alle drie herkent en bewust kiest wat een situatie vraagt.',
  'phone.profile.mine': 'Mijn profiel',

  'phone.reflection.count': '{n} / {max} tekens',
  'phone.reflection.remaining': '{n, plural, one {Nog # teken over} other {Nog # tekens over}}',
  'phone.reflection.anonymous': 'Anoniem: niemand ziet wie dit schreef, ook de workshopleider niet',
  'phone.reflection.submit': 'Versturen',
  'phone.reflection.resubmit': 'Wijziging versturen',
  'phone.reflection.draft': 'Concept, bewaard op dit toestel. Nog niet verstuurd.',
  'phone.reflection.editHint':
    'Je kunt je tekst aanpassen en opnieuw versturen; de nieuwe versie vervangt de oude.',

  'phone.intentions.label': 'Voornemen {n}',
  'phone.intentions.add': 'Nog een voornemen toevoegen',
  'phone.intentions.remove': 'Weghalen',
  'phone.intentions.removeLabel': 'Voornemen {n} weghalen',
  'phone.intentions.tip': 'Maak het concreet: wat ga je doen, wanneer, en met wie?',
  'phone.intentions.max': 'Je kunt er hier hooguit {max} opschrijven.',
  'phone.intentions.submit': 'Voornemens opslaan',
  'phone.intentions.draft': 'Nog niet opgeslagen. Je tekst blijft op dit toestel bewaard.',
  'phone.intentions.saved': 'Zo staan ze genoteerd',
  'phone.intentions.edit': 'Aanpassen',

  'phone.roles.waiting': 'De workshopleider deelt zo de rollen uit',
  'phone.roles.waitingHint':
    'Je rolkaart verschijnt hier vanzelf. Lezen de anderen al en zie jij nog niets? Zeg het even tegen de workshopleider.',
  'phone.roles.missed': 'De rollen zijn al uitgedeeld',
  'phone.roles.missedHint':
    'Je kwam er net na binnen. Loop even naar de workshopleider: die geeft je een rol of een plek als observator.',
  'phone.roles.yours': 'Jouw rol',
  'phone.roles.public': 'Wat iedereen van deze rol weet',
  'phone.roles.private': 'Alleen voor jou',
  'phone.roles.privateHint': 'Laat dit deel aan niemand zien.',
  'phone.roles.all': 'Alle rollen in dit spel ({count})',

  'phone.groups.waiting': 'De groepen worden zo gemaakt',
  'phone.groups.waitingHint': 'Je groep verschijnt hier vanzelf.',
  'phone.groups.missed': 'De groepen zijn al gemaakt',
  'phone.groups.missedHint':
    'Je kwam er net na binnen. Vraag de workshopleider bij welke groep je aansluit.',
  'phone.groups.yours': 'Je zit in groep {number}',
  'phone.groups.members': 'In jouw groep',
  'phone.groups.anonymous': 'Anonieme deelnemer',
  'phone.groups.me': 'jij',

  'phone.break.until': 'We gaan weer verder over',
  'phone.break.hint':
    'Haal iets te drinken en strek je benen. Dit scherm gaat vanzelf verder als we weer beginnen.',

  'phone.summary.intro':
    'Hieronder staat wat je vandaag hebt ingebracht. Lees het rustig terug en neem het mee naar je werk.',
  'phone.summary.reflections': 'Wat je schreef',
  'phone.summary.intentions': 'Je voornemens',
  'phone.summary.nothing': 'Je hebt vandaag niets opgeschreven. Ook luisteren is meedoen.',
  'phone.summary.closing':
    'Goed samenspel begint met kleine, concrete stappen. Morgen kun je de eerste al zetten. Veel succes!',
  'phone.summary.keep':
    'Download je samenvatting als je hem wilt bewaren: alleen jij krijgt hem. Daarna kun je de pagina sluiten.',
  'phone.summary.download': 'Download mijn samenvatting',
  'phone.summary.mine': 'Mijn samenvatting tot nu toe',
  'phone.summary.fileTitle': 'Mijn samenvatting',
  'phone.summary.fileProfile': 'Mijn profiel',
  'phone.summary.fileMadeOn': 'Gemaakt op {date}',
  'phone.selfTest.summary': 'Thuis al de zelftest gedaan?',
  'phone.selfTest.lead':
    'Vul je zelftestcode in. Je antwoorden worden dan hier ingevuld; daarna kun je ze nog aanpassen.',
  'phone.selfTest.label': 'Zelftestcode',
  'phone.selfTest.submit': 'Antwoorden ophalen',
  'phone.selfTest.busy': 'Bezig met ophalen…',
  'phone.selfTest.done': 'Je antwoorden uit de zelftest staan erin.',
  'phone.selfTest.invalid': 'Een zelftestcode heeft acht tekens, zoals KM4T-9XRP.',
  'phone.selfTest.offline': 'Geen verbinding met de server. Probeer het zo opnieuw.',
  'phone.rest.title': '{title} zit erop',
  'phone.rest.next':
    'Tot de volgende bijeenkomst: {next}. Neem tot die tijd je voornemens mee de praktijk in.',
  'phone.rest.link': 'Je terugkeerlink',
  'phone.rest.linkHint':
    'Met deze link kom je bij de volgende bijeenkomst terug in deze groep, met je eigen antwoorden, ook op een andere telefoon of laptop. Bewaar hem voor jezelf: wie de link heeft, doet mee als jou.',
  'phone.rest.copy': 'Link kopiëren',
  'phone.rest.copied': 'Gekopieerd',
  'phone.rest.share': 'Link delen',
  'phone.rest.linkLabel': 'Je persoonlijke terugkeerlink',
  'phone.lookBack.mine': 'Jouw voornemens van de vorige keer',
  'phone.lookBack.none':
    'Je schreef de vorige keer geen voornemens op. Vertel gerust wat je sindsdien is opgevallen.',
  'phone.profiles.shift': 'Je profiel toen en nu',
  'phone.profiles.then': 'Toen',
  'phone.profiles.now': 'Nu',
  'phone.profiles.nowHint': 'Je profiel van nu staat hierboven.',
  'phone.rest.you': 'Je doet mee als {name}.',
  'phone.rest.youAnonymous': 'Je doet anoniem mee.',
  'phone.return.refusedTitle': 'Deze terugkeerlink werkt niet',
  'phone.return.refused':
    'De link hoort bij een andere groep of is niet meer geldig. Vraag de trainer om hulp, of doe mee als nieuwe deelnemer.',
  'phone.return.joinNew': 'Meedoen als nieuwe deelnemer',
  'phone.visit.pair': 'Je maatje voor het keukenbezoek',
  'phone.visit.waiting': 'De koppels worden zo gemaakt',
  'phone.visit.waitingHint':
    'Je maatje verschijnt hier vanzelf. Je kunt alvast nadenken bij wie je zou willen kijken.',
  'phone.visit.missed': 'De koppels zijn al gemaakt',
  'phone.visit.missedHint':
    'Je kwam er net na binnen. Vraag de workshopleider met wie je optrekt, of sluit aan bij een koppel.',
  'phone.visit.partner': 'Met wie ga je?',
  'phone.visit.partnerHint': 'De naam van je maatje hier in de zaal.',
  'phone.visit.host': 'Bij wie kijk je in de keuken?',
  'phone.visit.hostHint':
    'Een bestuurder of ambtelijke professional. Een functie is genoeg: de wethouder jeugd, een teamleider bij de provincie.',
  'phone.visit.when': 'Wanneer?',
  'phone.visit.whenHint': 'Een datum of een week, zodat het niet blijft bij een goed voornemen.',
  'phone.visit.question': 'Welke vraag neem je mee?',
  'phone.visit.submit': 'Afspraak vastleggen',
  'phone.visit.resubmit': 'Wijziging vastleggen',
  'phone.visit.sent': 'Je afspraak staat vast. Je vindt hem terug in je samenvatting.',
  'phone.visit.with': 'Met {names}',
  'phone.visit.withNobody': 'Nog zonder maatje',
  'phone.visit.at': 'Bij',
  'phone.visit.on': 'Wanneer',
  'phone.visit.asked': 'Je vraag',
  'phone.lookBack.visit': 'Je afspraak voor het keukenbezoek',
  'phone.lookBack.noVisit':
    'Je legde de vorige keer geen afspraak vast. Vertel gerust of je toch ergens in de keuken hebt gekeken.',
  'phone.summary.visits': 'Je keukenbezoek',
} as const satisfies Record<string, string>;
