## templates/pages/error.html

error-invalid-link-title = Ten link do wznowienia jest nieprawidłowy
error-invalid-link-body = Link jest niepełny albo został po drodze zmieniony. Skopiuj cały link z komunikatu o błędzie klienta ACME lub z wiadomości e-mail, łącznie ze wszystkim, co następuje po „jwt=”, i otwórz go ponownie.
error-expired-link-title = Ten link do wznowienia wygasł
error-expired-link-body = Linki do wznowienia działają tylko przez ograniczony czas. Aby dostać nowy, uruchom klienta ACME jeszcze raz (najlepiej najpierw w środowisku testowym): jego komunikat o błędzie będzie zawierać nowy link. Wiadomość e-mail z powiadomieniem również go zawiera.
error-bad-request-title = Nie udało się zrozumieć żądania
error-bad-request-body = Wróć na stronę wznawiania, odśwież ją i spróbuj ponownie.
error-forbidden-title = Żądanie zostało odrzucone
error-forbidden-body = Dla twojego bezpieczeństwa wznowienie działa tylko z samej strony wznawiania, w tej samej sesji przeglądarki. Otwórz swój link ponownie i użyj przycisku na tamtej stronie.
error-not-found-title = Nie znaleziono strony
error-not-found-body = Pod tym adresem nic nie ma. Zacznij od nowa od strony głównej.
error-method-title = Tej czynności nie można tu wykonać
error-method-body = Ten adres nie przyjmuje tego rodzaju żądań. Zacznij od nowa od strony głównej.
error-too-large-title = Żądanie jest za duże
error-too-large-body = Żądanie zawierało więcej danych, niż przyjmuje ten portal. Odśwież stronę wznawiania i spróbuj ponownie.
error-unavailable-title = Chwilowo niedostępne
error-unavailable-body = Portal nie może w tej chwili połączyć się ze swoją bazą danych. Spróbuj ponownie za minutę, a potem jeszcze raz otwórz swój link, aby zobaczyć aktualny stan.
error-internal-title = Coś poszło nie tak
error-internal-body = Wystąpił błąd po naszej stronie. Otwórz swój link ponownie, aby zobaczyć aktualny stan. Jeśli to się powtórzy, podaj poniższy identyfikator, gdy będziesz prosić o pomoc.
error-request-id = Identyfikator: { $id }
error-home = Strona główna
error-too-many-title = Zbyt wiele żądań
error-too-many-body = Ta przeglądarka lub sieć wysłała w krótkim czasie więcej żądań, niż przyjmuje portal. Odczekaj minutę, a potem ponownie otwórz swój link.
error-unpause-too-often-title = Najpierw napraw klienta ACME
error-unpause-too-often-body = To konto było ostatnio kilka razy wznawiane i za każdym razem ponownie wstrzymywane, bo jego klient ACME wciąż zawodzi. Kolejne wznowienie nic nie da, dopóki klient nie zostanie naprawiony. Znajdź klienta, który zawodzi, popraw jego konfigurację i przetestuj go w środowisku testowym. Później znów będzie można wznowić wydawanie; czas oczekiwania podano poniżej. Jeśli potrzebujesz pomocy, zapytaj na forum społeczności.
error-retry-after = Możesz spróbować ponownie po { $time }.
