## templates/pages/index.html

home-title = Wstrzymane konta ACME
home-heading = Dlaczego mój klient ACME został wstrzymany?
home-intro = { $ca } wstrzymuje wydawanie certyfikatów dla konta ACME – dla niektórych nazw albo dla wszystkich – gdy klient od dawna nie przechodzi weryfikacji i ani razu mu się nie udało. O większości takich klientów po prostu zapomniano; ich wstrzymanie oszczędza pracę wszystkim.
home-link = Jeśli masz link z komunikatu o błędzie klienta albo z wiadomości e-mail, otwórz go: pokazuje dokładnie, co jest wstrzymane, i pozwala wznowić wydawanie jednym kliknięciem.
home-no-link = Nie masz linku? Uruchom klienta jeszcze raz: jego komunikat o błędzie zawiera nowy link.
home-help-link = Co sprawdzić i jak przetestować poprawkę

## templates/pages/help.html

help-title = Pomoc dotycząca wstrzymanych kont ACME
help-heading = Pomoc dotycząca wstrzymanych kont ACME
help-toc = Na tej stronie
help-why-heading = Dlaczego moje konto zostało wstrzymane?
help-why = { $ca } wstrzymuje konto ACME dla danej nazwy, gdy klient tego konta raz po raz, przez długi czas, nie przechodzi weryfikacji tej nazwy i nie uzyskuje żadnego certyfikatu. Gdy konto ma wiele wstrzymanych nazw i ani jednego sukcesu, wstrzymane może zostać całe konto. Z samym kontem wszystko jest w porządku: zmieniło się coś między klientem a nazwą.
help-check-heading = Co sprawdzić
help-check-domain = Czy domena jest nadal zarejestrowana i nadal należy do ciebie? Wygasła domena nigdy nie przejdzie weryfikacji.
help-check-dns = Czy rekordy DNS nazwy (A, AAAA, CNAME) nadal wskazują na serwer, na którym działa klient?
help-check-http = Czy ten serwer odpowiada dla tej nazwy na porcie 80 i udostępnia /.well-known/acme-challenge/ z folderu, w którym klient zapisuje pliki?
help-check-old = Czy jakiś stary serwer, kontener lub panel hostingowy nadal uruchamia zadanie odnawiania dla nazwy przeniesionej w inne miejsce? Usuń to zadanie albo usuń z niego tę nazwę.
help-unpause-heading = Wznawianie
help-unpause = Otwórz link z komunikatu o błędzie klienta albo z wiadomości e-mail. Strona pokazuje, co jest wstrzymane; wznów wszystko albo tylko nazwy, których nadal używasz. Jeśli potem próby klienta nadal będą kończyć się niepowodzeniem, nazwy zostaną ponownie wstrzymane.
help-find-link-heading = Jak znaleźć link
help-find-link = Link kończy się ciągiem „?jwt=”, po którym następuje długi kod. Klienty często ukrywają go w pliku dziennika albo w komunikacie błędu w formacie JSON: wyszukaj w dzienniku słowo „unpause” i skopiuj cały link.
help-forum = Nadal masz problem? Zapytaj na forum społeczności. Podaj nazwę i treść błędu, ale nie publikuj linku: każdy, kto go ma, może wznowić twoje konto.

## templates/partials/find_link.html

find-link-intro = Wklej poniżej komunikat o błędzie klienta ACME albo fragment jego dziennika – dowolnie długi. Portal znajdzie w nim link do wznowienia, nawet jeśli zawiera on znaki ucieczki, jest ujęty w cudzysłów albo podzielony na kilka wierszy, i przeniesie cię pod ten adres. Nic z tego, co wkleisz, nie jest zapisywane.
find-link-label = Komunikat o błędzie lub fragment dziennika
find-link-button = Znajdź mój link

## templates/pages/find_link.html

find-link-title = Znajdź mój link
find-link-none-heading = Nie znaleziono linku do wznowienia
find-link-none-body = Tekst nie zawiera linku do wznowienia. Poszukaj wiersza, w którym występuje „unpause” lub „jwt=”, albo uruchom klienta jeszcze raz i skopiuj cały jego komunikat o błędzie.
find-link-cut-heading = Link wygląda na ucięty
find-link-cut-body = Tekst zawiera początek linku do wznowienia, ale nie cały link. Skopiuj jeszcze raz cały komunikat, łącznie z miejscem, w którym link przechodzi do następnego wiersza.
find-link-empty-heading = Nie ma czego szukać
find-link-empty-body = Najpierw wklej jakiś tekst do pola.
