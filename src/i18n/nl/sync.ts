/** Sync with the service (issue 15): set-up, pairing, hand-in, status. Plain Dutch (B1). */
export const sync = {
  'sync.title': 'Synchronisatie',
  'sync.intro':
    'Met synchronisatie levert een tablet zijn werk vanzelf in zodra er internet is. De coördinator haalt alles op zonder bestanden. Zolang synchronisatie niet is ingesteld, gaat er niets van dit apparaat naar buiten. Bestanden exporteren en inlezen blijft gewoon werken.',
  'sync.settingsTitle': 'Synchronisatie',
  'sync.settingsOff': 'Niet ingesteld: er gaat niets van dit apparaat naar buiten.',
  'sync.settingsOnDevice': 'Ingesteld: deze tablet levert zijn werk vanzelf in bij {server}.',
  'sync.settingsOnCoordinator': 'Ingesteld: dit apparaat haalt het werk van de tablets op bij {server}.',
  'sync.settingsLink': 'Synchronisatie instellen',
  'sync.serverTitle': 'De server van uw gemeente',
  'sync.server': 'Adres van de server',
  'sync.serverHelp': 'Bijvoorbeeld https://buurtstem.gemeente.nl. U krijgt het adres van de coördinator.',
  'sync.errServer': 'Dit is geen geldig webadres. Begin met https://',
  'sync.tablet.title': 'Deze tablet koppelen',
  'sync.tablet.intro':
    'Vraag de coördinator om een koppelcode. Typ de code hier, of scan de QR-code op het scherm van de coördinator.',
  'sync.code': 'Koppelcode',
  'sync.errCode': 'Vul de code in.',
  'sync.pair': 'Koppelen',
  'sync.scan': 'QR-code scannen',
  'sync.scanStop': 'Stoppen met scannen',
  'sync.scanHelp': 'Houd de QR-code van de coördinator voor de camera.',
  'sync.scanNone': 'Deze browser kan geen QR-code scannen. Typ het adres en de code.',
  'sync.scanFailed': 'De camera kon niet worden gebruikt. Typ het adres en de code.',
  'sync.scanWrong': 'Dit is geen koppelcode van Buurtstem.',
  'sync.passphrase': 'Wachtwoordzin van het participatieproces (als de coördinator die gaf)',
  'sync.passphraseHelp':
    'Met de wachtwoordzin gaan de bundels versleuteld naar de server. De server kan dan niet lezen wat erin staat. Minstens 8 tekens.',
  'sync.errPassphrase': 'De wachtwoordzin is te kort: minstens 8 tekens.',
  'sync.errPassphraseNeeded':
    'Kies een wachtwoordzin voor het participatieproces (minstens 8 tekens), of zet versleuteld inleveren uit.',
  'sync.needsPassphrase':
    'Dit participatieproces vraagt om versleutelde bundels. Vul hieronder de wachtwoordzin van het participatieproces in; tot dan blijft het werk op deze tablet.',
  'sync.coord.title': 'Coördinator: de server instellen',
  'sync.coord.intro':
    'De server toont bij de eerste start een instelcode. Vul die hier in. Dit apparaat wordt dan het apparaat van de coördinator voor het huidige participatieproces.',
  'sync.setupCode': 'Instelcode van de server',
  'sync.setup': 'Instellen',
  'sync.noProcess':
    'Stel eerst een participatieproces in (Instellingen). Daarna kunt u synchronisatie instellen.',
  'sync.connecting': 'Bezig met verbinden…',
  'sync.paired': 'Gekoppeld. Deze tablet levert zijn werk nu vanzelf in.',
  'sync.setupDone': 'Ingesteld. Dit apparaat haalt nu het werk van de tablets op.',
  'sync.refused': 'De server weigerde: {message}',
  'sync.refusedNoText': 'De server weigerde (code {code}).',
  'sync.unreachable': 'De server is niet bereikbaar. Controleer het adres en de internetverbinding.',
  'sync.state.title': 'Status',
  'sync.state.server': 'Server: {server}',
  'sync.state.device': 'Dit apparaat is een tablet van het participatieproces.',
  'sync.state.coordinator': 'Dit apparaat is het apparaat van de coördinator.',
  'sync.state.encrypted': 'Bundels gaan versleuteld naar de server.',
  'sync.state.plain': 'Bundels gaan onversleuteld naar de server (alleen via https).',
  'sync.now': 'Nu synchroniseren',
  'sync.busy': 'Bezig met synchroniseren…',
  'sync.done': 'Klaar. Ingeleverd: {pushed}. Opgehaald: {pulled}.',
  'sync.savePassphrase': 'Wachtwoordzin opslaan',
  'sync.passphraseSaved': 'De wachtwoordzin is opgeslagen op dit apparaat.',
  'sync.forget': 'Synchronisatie stoppen op dit apparaat',
  'sync.forgetConfirm':
    'Weet u het zeker? Alle gegevens blijven op dit apparaat. Om weer te synchroniseren is een nieuwe koppelcode nodig.',
  'sync.forgetYes': 'Ja, stoppen',
  'sync.forgotten': 'Synchronisatie is gestopt. Er gaat niets meer van dit apparaat naar buiten.',
  'sync.pairing.title': 'Een tablet koppelen',
  'sync.pairing.intro':
    'Maak een koppelcode. Op de tablet typt u het adres en de code, of u scant de QR-code. Een code werkt één keer en verloopt.',
  'sync.pairing.make': 'Koppelcode maken',
  'sync.pairing.code': 'Koppelcode',
  'sync.pairing.expires': 'Geldig tot {when}.',
  'sync.pairing.qr': 'QR-code met het adres van de server en koppelcode {code}',
  'sync.devices.title': 'Gekoppelde apparaten',
  'sync.devices.none': 'Nog geen tablets gekoppeld.',
  'sync.devices.refresh': 'Lijst vernieuwen',
  'sync.devices.revoke': 'Intrekken',
  'sync.devices.revokeLabel': '{label} intrekken',
  'sync.devices.revokeConfirm':
    '{label} intrekken? De tablet kan dan niets meer inleveren. Wat erop staat, blijft op de tablet.',
  'sync.devices.revokeYes': 'Ja, intrekken',
  'sync.devices.revoked': 'Ingetrokken',
  'sync.devices.active': 'Actief',
  'sync.devices.lastSeen': 'Laatst gezien: {when}',
  'sync.devices.label': 'Apparaat',
  'sync.devices.status': 'Status',
  'sync.policy.title': 'Versleutelen',
  'sync.policy.label': 'Tablets moeten versleuteld inleveren',
  'sync.policy.help':
    'Dan weigert de server bundels die niet versleuteld zijn. Geef de tablets de wachtwoordzin van het participatieproces bij het koppelen.',
  'sync.policy.saved': 'Opgeslagen op de server.',
  'sync.policy.setupHelp':
    'Aangeraden. De server bewaart dan alleen versleutelde bundels, die hij zelf niet kan lezen. Geef de tablets de wachtwoordzin bij het koppelen.',
  'sync.publish.title': 'Publiceren naar de tablets',
  'sync.publish.intro': 'Stuur de agenda, de configuratie en de terugkoppeling naar alle gekoppelde tablets.',
  'sync.publish.button': 'Publiceren',
  'sync.publish.done': 'Gepubliceerd. De tablets halen het op zodra ze internet hebben.',
  'sync.pull.title': 'Werk van de tablets',
  'sync.pull.button': 'Ophalen',
  'sync.pull.busy': 'Bezig met ophalen…',
  'sync.pull.done': {
    one: '1 bundel opgehaald en samengevoegd.',
    other: '{n} bundels opgehaald en samengevoegd.',
  },
  'sync.pull.nothing': 'Niets nieuws op de server.',
  'sync.pull.last': 'Laatst opgehaald: {when}.',
  'sync.pull.toSettings': 'Synchronisatie instellen',
  'sync.status.lastPush': 'Laatst ingeleverd: {when}',
  'sync.status.never': 'Nog niets ingeleverd',
  'sync.status.waiting': {
    one: '1 wijziging wacht op inleveren',
    other: '{n} wijzigingen wachten op inleveren',
  },
  'sync.status.allIn': 'alles is ingeleverd',
  'sync.status.lastPull': 'Laatst opgehaald: {when}',
  'sync.status.revoked':
    'Deze tablet is ingetrokken en mag niet meer inleveren. Alles wat erop staat, blijft bewaard. Exporteer een bestand voor de coördinator, of vraag een nieuwe koppelcode.',
  'sync.status.unauthorized':
    'Deze tablet is niet meer gekoppeld. Alles wat erop staat, blijft bewaard. Koppel hem opnieuw met een code van de coördinator.',
  'sync.status.failed': 'Synchroniseren lukte niet: {reason}. Buurtstem probeert het later opnieuw.',
  'sync.error.network': 'geen verbinding met de server',
  'sync.error.failed': 'er ging iets mis op dit apparaat',
  'sync.error.needsPassphrase':
    'de wachtwoordzin van het participatieproces ontbreekt of klopt niet (zie Synchronisatie)',
  'sync.error.importRefused': 'een bundel van de server kon niet worden ingelezen',
  // The sync service's refusals and the client's own failures, by code (server/messages.ts, src/sync/client.ts).
  'sync.code.unauthorized':
    'Dit apparaat is niet (meer) gekoppeld. Koppel het opnieuw met een code van de coördinator.',
  'sync.code.revoked':
    'De coördinator heeft dit apparaat losgekoppeld. Er wordt niets meer aangenomen. Wat op dit apparaat staat, blijft bewaard: exporteer het als bestand.',
  'sync.code.forbidden': 'Dit mag alleen de coördinator.',
  'sync.code.codeInvalid':
    'Deze code klopt niet. Controleer de letters en cijfers, of vraag een nieuwe code.',
  'sync.code.codeExpired': 'Deze code is verlopen. Vraag de coördinator om een nieuwe code.',
  'sync.code.codeUsed': 'Deze code is al gebruikt. Een code werkt maar één keer: vraag een nieuwe code.',
  'sync.code.badRequest': 'Het verzoek is niet compleet of niet geldig.',
  'sync.code.hashMismatch':
    'De bundel is onderweg veranderd: de controlesom klopt niet. Er is niets opgeslagen; probeer het opnieuw.',
  'sync.code.bundleRefused': 'De bundel is geweigerd. Er is niets opgeslagen.',
  'sync.code.wrongKind': 'Dit is geen bundel van dit soort. Er is niets opgeslagen.',
  'sync.code.wrongDevice':
    'Deze bundel komt van een ander apparaat. Een apparaat levert alleen zijn eigen werk in.',
  'sync.code.wrongProcess':
    'Deze bundel hoort bij een ander participatieproces dan waaraan dit apparaat gekoppeld is.',
  'sync.code.encryptionRequired':
    'Dit participatieproces vraagt om versleutelde bundels. Stel het wachtwoord van het participatieproces in en probeer het opnieuw. Er is niets opgeslagen.',
  'sync.code.envelopeWithoutHeader':
    'Deze versleutelde bundel heeft geen leesbare kop (apparaat, participatieproces, nummer). Werk de app bij en probeer het opnieuw.',
  'sync.code.notFound': 'Niet gevonden.',
  'sync.code.tooLarge':
    'De bundel is te groot voor de synchronisatiedienst (hoogstens {max}). Er is niets opgeslagen.',
  'sync.code.rateLimited':
    'Te veel verzoeken achter elkaar. Wacht even; het wordt vanzelf opnieuw geprobeerd.',
  'sync.code.serverError':
    'Er ging iets mis op de server. Er is niets verloren; het wordt later opnieuw geprobeerd.',
  'sync.code.offline':
    'Geen verbinding met de synchronisatiedienst. Er is niets verloren; het wordt later opnieuw geprobeerd.',
  'sync.code.unexpected':
    'De synchronisatiedienst gaf een onverwacht antwoord. Er is niets verloren; het wordt later opnieuw geprobeerd.',
} as const;
