## templates/pages/unpause.html

unpause-title = Wznów wydawanie certyfikatów dla konta ACME
unpause-heading-paused = Wydawanie certyfikatów dla tego konta jest wstrzymane
unpause-heading-clear = Dla tego konta nic nie jest wstrzymane
unpause-account = Konto ACME { $account }
unpause-account-paused = Całe konto jest wstrzymane od { $since }: nie może zamawiać certyfikatów dla żadnej nazwy, dopóki go nie wznowisz.
unpause-count =
    { $count ->
        [one] Wstrzymana jest jedna nazwa.
        [few] Wstrzymane są { $count } nazwy.
        [many] Wstrzymanych jest { $count } nazw.
       *[other] Wstrzymanych jest { $count } nazwy.
    }
unpause-since = Najstarsze wstrzymanie trwa od { $since }.
unpause-why-heading = Dlaczego tak się stało
unpause-why = Klient ACME korzystający z tego konta przez długi czas nie przechodził weryfikacji tych nazw i nie uzyskał ani jednego certyfikatu. Zwykle oznacza to, że o kliencie zapomniano: domena wygasła, jej DNS wskazuje teraz gdzie indziej, zmienił się serwer WWW albo wciąż działa stare zadanie w panelu hostingowym. Aby zatrzymać tę niepotrzebną pracę, { $ca } nie przyjmuje już z tego konta zamówień na te nazwy.
unpause-what-heading = Wznowienie
unpause-what = Wznowienie pozwala temu kontu od razu znów zamawiać certyfikaty dla tych nazw. Jeśli próby klienta nadal będą kończyć się niepowodzeniem, nazwy zostaną ponownie wstrzymane.
unpause-all-button = Wznów wszystko
unpause-select-heading = Albo wznów tylko wybrane nazwy
unpause-select-hint = Zaznacz nazwy, których nadal używasz, a potem naciśnij przycisk poniżej.
unpause-name-since = od { $since }
unpause-more =
    { $count ->
        [one] Jeszcze jedna wstrzymana nazwa nie jest tu wymieniona; przycisk „Wznów wszystko” obejmuje również ją.
        [few] Jeszcze { $count } wstrzymane nazwy nie są tu wymienione; przycisk „Wznów wszystko” obejmuje również je.
        [many] Jeszcze { $count } wstrzymanych nazw nie wymieniono tutaj; przycisk „Wznów wszystko” obejmuje również je.
       *[other] Jeszcze { $count } wstrzymanej nazwy nie wymieniono tutaj; przycisk „Wznów wszystko” obejmuje również je.
    }
unpause-selected-button = Wznów tylko zaznaczone nazwy
unpause-clear-text = Nie ma czego wznawiać: to konto może zamawiać certyfikaty dla dowolnej nazwy. Jeśli klient nadal zgłasza wstrzymanie, błąd może dotyczyć innego konta.
unpause-help-link = Co sprawdzić i jak przetestować poprawkę

## templates/pages/unpause_status.html

status-title = Wynik wznowienia
status-done-heading = Wznowiono
status-account = Wstrzymanie całego konta zostało zniesione.
status-names =
    { $count ->
        [0] Żadna wstrzymana nazwa nie wymagała wznowienia.
        [one] Wznowiono jedną nazwę.
        [few] Wznowiono { $count } nazwy.
        [many] Wznowiono { $count } nazw.
       *[other] Wznowiono { $count } nazwy.
    }
status-remaining =
    { $count ->
        [one] Jedna nazwa jest nadal wstrzymana. Otwórz swój link jeszcze raz, aby wznowić także ją.
        [few] Nadal wstrzymane są { $count } nazwy. Otwórz swój link jeszcze raz, aby wznowić także je.
        [many] Nadal wstrzymanych jest { $count } nazw. Otwórz swój link jeszcze raz, aby wznowić także je.
       *[other] Nadal wstrzymanych jest { $count } nazwy. Otwórz swój link jeszcze raz, aby wznowić także je.
    }
status-next = Klient może znów zamawiać certyfikaty. Obserwuj jego następne uruchomienie: jeśli znów zakończy się niepowodzeniem, nazwy zostaną ponownie wstrzymane.
status-nothing-heading = Nie było czego wznawiać
status-nothing = Wszystko było już wznowione; niczego nie zmieniono.
status-none-heading = Brak niedawnego wznowienia
status-none = Ta strona pokazuje wynik wznowienia wykonanego w tej przeglądarce. Aby zobaczyć aktualny stan, otwórz link z komunikatu o błędzie klienta ACME lub z wiadomości e-mail.
unpause-count-many = Wstrzymanych jest ponad { $count } nazw.
unpause-more-many = Jeszcze wiele wstrzymanych nazw nie wymieniono tutaj; przycisk „Wznów wszystko” obejmuje również je.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] Po ponownym wstrzymaniu wznowienie będzie tu możliwe dopiero od { $until }: najpierw napraw i przetestuj klienta.
        [one] Przed { $until } po ponownym wstrzymaniu możliwe jest jeszcze tylko jedno wznowienie: najpierw napraw i przetestuj klienta.
        [few] Przed { $until } po ponownym wstrzymaniu możliwe są jeszcze tylko { $count } wznowienia: najpierw napraw i przetestuj klienta.
       *[other] Przed { $until } po ponownym wstrzymaniu możliwych jest jeszcze tylko { $count } wznowień: najpierw napraw i przetestuj klienta.
    }
