## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: de uitgifte van certificaten is gepauzeerd voor ACME-account { $account }
mail-paused-greeting = Hallo,
mail-paused-intro = { $ca } heeft de uitgifte van certificaten voor je ACME-account { $account } gepauzeerd. Een ACME-client die dit account gebruikt, is er lange tijd steeds niet in geslaagd namen te valideren, zonder ook maar één certificaat te krijgen. Daarom accepteert { $ca } van deze client geen aanvragen meer voor die namen.
mail-paused-account = Het hele account is gepauzeerd: het kan voor geen enkele naam certificaten aanvragen totdat je de pauze opheft.
mail-paused-names =
    { $count ->
        [one] Eén naam is gepauzeerd:
       *[other] { $count } namen zijn gepauzeerd, waaronder:
    }
mail-paused-more =
    { $count ->
        [one] …en nog één naam.
       *[other] …en nog { $count } namen.
    }
mail-paused-since = Gepauzeerd sinds { $since }.
mail-paused-client-heading = De client die faalt
mail-paused-client-ip = De aanvragen kwamen van het IP-adres { $ip }.
mail-paused-client-agent = De client identificeerde zich als: { $agent }
mail-paused-client-unknown = De ACME-server heeft het adres van de client niet doorgegeven.
mail-paused-action-heading = Wat je kunt doen
mail-paused-action = Heb je deze certificaten nog nodig? Zoek dan de client op, los het probleem op, test de oplossing op staging en hef daarna met één klik de pauze op via deze pagina:
mail-paused-link-button = Pagina openen om de pauze op te heffen
mail-paused-link-expiry = Deze link werkt tot { $until }. Daarna staat er in de foutmelding die je client krijgt een nieuwe link.
mail-paused-ignore = Gebruik je deze namen niet meer, dan hoef je niets te doen: ze blijven gepauzeerd. Zet de vergeten client wel uit.
mail-paused-footer = Je ontvangt deze e-mail omdat dit adres een contactadres is van ACME-account { $account } bij { $ca }. Deze e-mail wordt één keer per pauze verstuurd en bevat geen tracking.
mail-in-your-language = Deze melding is ook in het Nederlands beschikbaar: open de link hierboven en kies bovenaan de pagina “Nederlands”.
mail-paused-no-link = De volgende foutmelding die je ACME-client krijgt, bevat een link naar de pagina om de pauze op te heffen. Je kunt die foutmelding ook plakken op deze pagina, die de link erin vindt:
