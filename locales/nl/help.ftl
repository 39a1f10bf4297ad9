## templates/pages/index.html

home-title = Gepauzeerde ACME-accounts
home-heading = Waarom is mijn ACME-client gepauzeerd?
home-intro = { $ca } pauzeert de uitgifte van certificaten voor een ACME-account, voor sommige namen of voor alle, wanneer een client al lange tijd faalt bij de validatie zonder ook maar één keer te slagen. De meeste van zulke clients zijn vergeten; door ze te pauzeren bespaart iedereen werk.
home-link = Heb je een link uit de foutmelding van je client of uit een e-mail? Open die dan: je ziet precies wat er gepauzeerd is en je kunt de pauze met één klik opheffen.
home-no-link = Geen link? Voer je client nog een keer uit: de foutmelding bevat een nieuwe.
home-help-link = Wat je kunt controleren en hoe je een oplossing test

## templates/pages/help.html

help-title = Hulp bij gepauzeerde ACME-accounts
help-heading = Hulp bij gepauzeerde ACME-accounts
help-toc = Op deze pagina
help-why-heading = Waarom ben ik gepauzeerd?
help-why = { $ca } pauzeert een ACME-account voor een naam wanneer de client van dat account die naam lange tijd steeds opnieuw niet heeft kunnen valideren, zonder dat er ooit een certificaat is uitgegeven. Als een account veel gepauzeerde namen heeft en helemaal geen successen, kan het hele account worden gepauzeerd. Er is niets mis met je account zelf: er is iets veranderd tussen de client en de naam.
help-check-heading = Wat je kunt controleren
help-check-domain = Is het domein nog geregistreerd, en is het nog van jou? Een verlopen domein kan nooit worden gevalideerd.
help-check-dns = Verwijzen de DNS-records van de naam (A, AAAA, CNAME) nog naar de server waarop de client draait?
help-check-http = Reageert die server op poort 80 voor de naam, en serveert hij /.well-known/acme-challenge/ vanuit de map waarin de client schrijft?
help-check-old = Draait er op een oude server, in een container of in een hostingpaneel nog een vernieuwingstaak voor een naam die je hebt verhuisd? Verwijder die taak, of haal de naam eruit.
help-unpause-heading = Pauze opheffen
help-unpause = Open de link uit de foutmelding van je client of uit de e-mail. De pagina toont wat er gepauzeerd is; hef de pauze op voor alles, of alleen voor de namen die je nog gebruikt. Blijft de client daarna falen, dan worden de namen opnieuw gepauzeerd.
help-find-link-heading = Je link vinden
help-find-link = De link eindigt op “?jwt=” gevolgd door een lange code. Clients verstoppen hem vaak in een logbestand of een JSON-foutmelding: zoek in het log naar “unpause” en kopieer de hele link.
help-forum = Kom je er nog steeds niet uit? Stel je vraag op het communityforum. Vermeld de naam en de foutmelding, maar plaats de link niet: iedereen die hem heeft, kan de pauze van je account opheffen.

## templates/partials/find_link.html

find-link-intro = Plak hieronder de foutmelding van je ACME-client of een stuk uit het log, zoveel als je wilt. Het portaal zoekt daarin de link om de pauze op te heffen, ook als die geëscapet is, tussen aanhalingstekens staat of over meerdere regels is verdeeld, en stuurt je erheen. Niets van wat je plakt wordt opgeslagen.
find-link-label = Foutmelding of fragment uit het log
find-link-button = Mijn link zoeken

## templates/pages/find_link.html

find-link-title = Mijn link zoeken
find-link-none-heading = Geen link gevonden om de pauze op te heffen
find-link-none-body = De tekst bevat geen link om de pauze op te heffen. Zoek naar een regel waarin “unpause” of “jwt=” staat, of voer je client nog een keer uit en kopieer de volledige foutmelding.
find-link-cut-heading = De link lijkt afgebroken
find-link-cut-body = De tekst bevat het begin van een link om de pauze op te heffen, maar niet de hele link. Kopieer het hele bericht opnieuw, ook het stuk waar de link op de volgende regel verdergaat.
find-link-empty-heading = Niets om te doorzoeken
find-link-empty-body = Plak eerst wat tekst in het vak.
