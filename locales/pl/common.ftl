## templates/base.html

common-site-name = { $ca } – wznawianie wydawania certyfikatów
common-skip = Przejdź do treści
common-nav-label = Witryna
common-nav-help = Pomoc
common-footer-forum = Potrzebujesz pomocy? Zapytaj na forum społeczności.

## templates/partials/staging.html

staging-heading = Najpierw przetestuj poprawkę w środowisku testowym
staging-intro = Najpierw napraw klienta, a potem sprawdź poprawkę w środowisku testowym (staging). Działa ono tak samo jak środowisko produkcyjne, ale wydaje certyfikaty testowe, którym przeglądarki nie ufają, i ma znacznie wyższe limity, więc próby w nim nic nie kosztują. Jego adres URL katalogu (directory) to:
staging-clients-caption = Jak skierować popularne klienty ACME do środowiska testowego
staging-col-client = Klient
staging-col-command = Polecenie lub ustawienie
staging-after = Gdy klient otrzyma certyfikat testowy ze środowiska testowego, przełącz go z powrotem na środowisko produkcyjne, wznów wydawanie i uruchom go ponownie.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Polski
common-language-label = Język
common-language-button = Zmień
common-footer-docs = Dokumentacja
