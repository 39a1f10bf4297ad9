## templates/pages/error.html

error-invalid-link-title = Deze link om de pauze op te heffen is ongeldig
error-invalid-link-body = De link is onvolledig of is onderweg gewijzigd. Kopieer de hele link uit de foutmelding van je ACME-client of uit de e-mail, inclusief alles na “jwt=”, en open hem opnieuw.
error-expired-link-title = Deze link om de pauze op te heffen is verlopen
error-expired-link-body = Links om een pauze op te heffen werken maar een beperkte tijd. Voer je ACME-client nog een keer uit om een nieuwe te krijgen (bij voorkeur eerst op staging): de foutmelding bevat een nieuwe link. Ook in de e-mailmelding staat er een.
error-bad-request-title = Het verzoek kon niet worden begrepen
error-bad-request-body = Ga terug naar de pagina om de pauze op te heffen, laad die opnieuw en probeer het nog eens.
error-forbidden-title = Het verzoek is geweigerd
error-forbidden-body = Voor je veiligheid kun je een pauze alleen opheffen op de pagina die daarvoor bedoeld is, in dezelfde browsersessie. Open je link opnieuw en gebruik de knop op die pagina.
error-not-found-title = Pagina niet gevonden
error-not-found-body = Op dit adres staat niets. Begin opnieuw vanaf de startpagina.
error-method-title = Deze actie is hier niet mogelijk
error-method-body = Dit adres accepteert dit soort verzoeken niet. Begin opnieuw vanaf de startpagina.
error-too-large-title = Het verzoek is te groot
error-too-large-body = Het verzoek bevatte meer gegevens dan dit portaal accepteert. Laad de pagina om de pauze op te heffen opnieuw en probeer het nog eens.
error-unavailable-title = Tijdelijk niet beschikbaar
error-unavailable-body = Het portaal kan zijn database op dit moment niet bereiken. Probeer het over een minuut nog eens en open daarna je link opnieuw om de actuele status te zien.
error-internal-title = Er is iets misgegaan
error-internal-body = Er ging aan onze kant iets mis. Open je link opnieuw om de actuele status te zien. Gebeurt het nog eens, vermeld dan de onderstaande referentie als je om hulp vraagt.
error-request-id = Referentie: { $id }
error-home = Startpagina
error-too-many-title = Te veel verzoeken
error-too-many-body = Deze browser of dit netwerk heeft in korte tijd meer verzoeken verstuurd dan het portaal accepteert. Wacht een minuut en open daarna je link opnieuw.
error-unpause-too-often-title = Los eerst het probleem in de ACME-client op
error-unpause-too-often-body = De pauze van dit account is de laatste tijd meerdere keren opgeheven en het account werd telkens opnieuw gepauzeerd, omdat de ACME-client blijft falen. De pauze nog eens opheffen heeft geen zin zolang de client niet is gerepareerd. Zoek de client die faalt, corrigeer de configuratie en test hem in de stagingomgeving. Je kunt de pauze later opnieuw opheffen; hieronder zie je hoe lang je moet wachten. Hulp nodig? Stel je vraag op het communityforum.
error-retry-after = Je kunt het vanaf { $time } opnieuw proberen.
