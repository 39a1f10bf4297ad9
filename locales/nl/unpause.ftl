## templates/pages/unpause.html

unpause-title = De pauze van je ACME-account opheffen
unpause-heading-paused = De uitgifte van certificaten is gepauzeerd voor dit account
unpause-heading-clear = Er is niets gepauzeerd voor dit account
unpause-account = ACME-account { $account }
unpause-account-paused = Het hele account is gepauzeerd sinds { $since }: het kan voor geen enkele naam certificaten aanvragen totdat je de pauze opheft.
unpause-count =
    { $count ->
        [one] Eén naam is gepauzeerd.
       *[other] { $count } namen zijn gepauzeerd.
    }
unpause-since = De oudste pauze dateert van { $since }.
unpause-why-heading = Waarom dit is gebeurd
unpause-why = Een ACME-client die dit account gebruikt, is er lange tijd steeds niet in geslaagd deze namen te valideren, zonder ook maar één certificaat te krijgen. Meestal betekent dit dat de client vergeten is: het domein is verlopen, de DNS verwijst nu ergens anders naar, de webserver is veranderd, of er draait nog een oude taak in een hostingpaneel. Om dat verspilde werk te stoppen, accepteert { $ca } van dit account geen aanvragen meer voor deze namen.
unpause-what-heading = Pauze opheffen
unpause-what = Als je de pauze opheft, kan dit account meteen weer certificaten voor deze namen aanvragen. Blijft de client falen, dan worden de namen opnieuw gepauzeerd.
unpause-all-button = Alle pauzes opheffen
unpause-select-heading = Of hef de pauze alleen voor sommige namen op
unpause-select-hint = Vink de namen aan die je nog gebruikt en klik dan op de knop hieronder.
unpause-name-since = sinds { $since }
unpause-more =
    { $count ->
        [one] Nog één gepauzeerde naam staat hier niet in de lijst; “Alle pauzes opheffen” geldt ook voor die naam.
       *[other] Nog { $count } gepauzeerde namen staan hier niet in de lijst; “Alle pauzes opheffen” geldt ook voor die namen.
    }
unpause-selected-button = Pauze alleen opheffen voor de aangevinkte namen
unpause-clear-text = Er valt niets op te heffen: dit account kan voor elke naam certificaten aanvragen. Meldt je client toch nog een pauze, dan komt de fout misschien van een ander account.
unpause-help-link = Wat je kunt controleren en hoe je een oplossing test

## templates/pages/unpause_status.html

status-title = Resultaat van het opheffen
status-done-heading = Pauze opgeheven
status-account = De pauze op het hele account is opgeheven.
status-names =
    { $count ->
        [0] Er waren geen gepauzeerde namen waarvan de pauze moest worden opgeheven.
        [one] De pauze van één naam is opgeheven.
       *[other] De pauze van { $count } namen is opgeheven.
    }
status-remaining =
    { $count ->
        [one] Eén naam is nog gepauzeerd. Open je link opnieuw om ook die pauze op te heffen.
       *[other] { $count } namen zijn nog gepauzeerd. Open je link opnieuw om ook die pauzes op te heffen.
    }
status-next = Je client kan weer certificaten aanvragen. Houd de volgende keer dat hij draait in de gaten: als hij opnieuw faalt, worden de namen opnieuw gepauzeerd.
status-nothing-heading = Er hoefde niets te worden opgeheven
status-nothing = Er was al niets meer gepauzeerd; er is niets gewijzigd.
status-none-heading = Geen recente opheffing
status-none = Deze pagina toont het resultaat van het opheffen van een pauze in deze browser. Open voor de actuele status de link uit de foutmelding van je ACME-client of uit de e-mail.
unpause-count-many = Meer dan { $count } namen zijn gepauzeerd.
unpause-more-many = Nog veel meer gepauzeerde namen staan hier niet in de lijst; “Alle pauzes opheffen” geldt ook voor die namen.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] Na een nieuwe pauze kan de pauze hier pas vanaf { $until } weer worden opgeheven: herstel en test eerst de client.
        [one] Vóór { $until } kan de pauze na een nieuwe pauze nog maar één keer worden opgeheven: herstel en test eerst de client.
       *[other] Vóór { $until } kan de pauze na een nieuwe pauze nog maar { $count } keer worden opgeheven: herstel en test eerst de client.
    }
