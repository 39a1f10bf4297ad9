## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: wydawanie certyfikatów dla konta ACME { $account } jest wstrzymane
mail-paused-greeting = Dzień dobry,
mail-paused-intro = Urząd certyfikacji { $ca } wstrzymał wydawanie certyfikatów dla Twojego konta ACME { $account }. Klient ACME korzystający z tego konta przez długi czas nie przechodził weryfikacji nazw i nie uzyskał ani jednego certyfikatu, dlatego { $ca } nie przyjmuje już jego zamówień na te nazwy.
mail-paused-account = Wstrzymane jest całe konto: nie może zamawiać certyfikatów dla żadnej nazwy, dopóki go nie wznowisz.
mail-paused-names =
    { $count ->
        [one] Wstrzymana jest jedna nazwa:
        [few] Wstrzymane są { $count } nazwy, w tym:
        [many] Wstrzymanych jest { $count } nazw, w tym:
       *[other] Wstrzymanych jest { $count } nazwy, w tym:
    }
mail-paused-more =
    { $count ->
        [one] …i jeszcze jedna nazwa.
        [few] …i jeszcze { $count } nazwy.
        [many] …i jeszcze { $count } nazw.
       *[other] …i jeszcze { $count } nazwy.
    }
mail-paused-since = Wstrzymanie trwa od { $since }.
mail-paused-client-heading = Klient, który nie przechodzi weryfikacji
mail-paused-client-ip = Jego żądania pochodziły z adresu IP { $ip }.
mail-paused-client-agent = Przedstawiał się jako: { $agent }
mail-paused-client-unknown = Serwer ACME nie przekazał adresu klienta.
mail-paused-action-heading = Co zrobić
mail-paused-action = Jeśli nadal potrzebujesz tych certyfikatów: znajdź klienta, napraw go, przetestuj poprawkę w środowisku testowym (staging), a potem wznów wydawanie jednym kliknięciem na tej stronie:
mail-paused-link-button = Otwórz stronę wznowienia
mail-paused-link-expiry = Ten link działa do { $until }. Później komunikat o błędzie, który otrzyma Twój klient, będzie zawierał nowy link.
mail-paused-ignore = Jeśli nie używasz już tych nazw, nie musisz nic robić: pozostaną wstrzymane. Prosimy jednak o wyłączenie zapomnianego klienta.
mail-paused-footer = Otrzymujesz tę wiadomość, ponieważ ten adres jest adresem kontaktowym konta ACME { $account } w { $ca }. Wiadomość jest wysyłana jeden raz przy każdym wstrzymaniu i nie zawiera żadnych elementów śledzących.
mail-in-your-language = To powiadomienie jest dostępne również po polsku: otwórz powyższy link, a następnie wybierz „Polski” u góry strony.
mail-paused-no-link = Następny komunikat o błędzie, który otrzyma Twój klient ACME, będzie zawierał link do strony wznowienia. Możesz też wkleić ten komunikat o błędzie na tej stronie, która znajdzie w nim link:
