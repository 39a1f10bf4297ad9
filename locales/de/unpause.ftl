## templates/pages/unpause.html

unpause-title = Pause Ihres ACME-Kontos aufheben
unpause-heading-paused = Die Zertifikatsausstellung ist für dieses Konto pausiert
unpause-heading-clear = Für dieses Konto ist nichts pausiert
unpause-account = ACME-Konto { $account }
unpause-account-paused = Das gesamte Konto ist seit { $since } pausiert: Es kann für keinen Namen Zertifikate anfordern, bis Sie die Pause aufheben.
unpause-count =
    { $count ->
        [one] Ein Name ist pausiert.
       *[other] { $count } Namen sind pausiert.
    }
unpause-since = Die älteste Pause besteht seit { $since }.
unpause-why-heading = Warum das passiert ist
unpause-why = Ein ACME-Client, der dieses Konto verwendet, ist über lange Zeit immer wieder an der Validierung dieser Namen gescheitert, ohne ein einziges Zertifikat zu erhalten. Meist bedeutet das, dass der Client vergessen wurde: Die Domain ist abgelaufen, ihr DNS zeigt inzwischen woandershin, der Webserver wurde gewechselt, oder ein alter Job in einem Hosting-Panel läuft noch. Um diese vergebliche Arbeit zu beenden, nimmt { $ca } von diesem Konto keine Zertifikatsanforderungen für diese Namen mehr an.
unpause-what-heading = Pause aufheben
unpause-what = Wenn Sie die Pause aufheben, kann dieses Konto sofort wieder Zertifikate für diese Namen anfordern. Scheitert der Client weiterhin, werden die Namen erneut pausiert.
unpause-all-button = Alle Pausen aufheben
unpause-select-heading = Oder die Pause nur für einige Namen aufheben
unpause-select-hint = Markieren Sie die Namen, die Sie noch verwenden, und klicken Sie dann auf die Schaltfläche unten.
unpause-name-since = seit { $since }
unpause-more =
    { $count ->
        [one] Ein weiterer pausierter Name ist hier nicht aufgeführt; „Alle Pausen aufheben“ schließt ihn mit ein.
       *[other] { $count } weitere pausierte Namen sind hier nicht aufgeführt; „Alle Pausen aufheben“ schließt sie mit ein.
    }
unpause-selected-button = Pause nur für die markierten Namen aufheben
unpause-clear-text = Hier gibt es nichts aufzuheben: Dieses Konto kann Zertifikate für jeden Namen anfordern. Falls Ihr Client trotzdem eine Pause meldet, stammt der Fehler möglicherweise von einem anderen Konto.
unpause-help-link = Was Sie prüfen sollten und wie Sie eine Korrektur testen

## templates/pages/unpause_status.html

status-title = Ergebnis der Aufhebung
status-done-heading = Pause aufgehoben
status-account = Die Pause für das gesamte Konto wurde aufgehoben.
status-names =
    { $count ->
        [0] Für keinen pausierten Namen musste die Pause aufgehoben werden.
        [one] Für einen Namen wurde die Pause aufgehoben.
       *[other] Für { $count } Namen wurde die Pause aufgehoben.
    }
status-remaining =
    { $count ->
        [one] Ein Name ist noch pausiert. Öffnen Sie Ihren Link erneut, um auch dessen Pause aufzuheben.
       *[other] { $count } Namen sind noch pausiert. Öffnen Sie Ihren Link erneut, um auch deren Pause aufzuheben.
    }
status-next = Ihr Client kann wieder Zertifikate anfordern. Beobachten Sie seinen nächsten Lauf: Wenn er erneut scheitert, werden die Namen wieder pausiert.
status-nothing-heading = Keine Pause aufzuheben
status-nothing = Es war bereits nichts mehr pausiert; es wurde nichts geändert.
status-none-heading = Keine Pause kürzlich aufgehoben
status-none = Diese Seite zeigt das Ergebnis einer Aufhebung, die in diesem Browser vorgenommen wurde. Um den aktuellen Stand zu sehen, öffnen Sie den Link aus der Fehlermeldung Ihres ACME-Clients oder aus der E-Mail.
unpause-count-many = Mehr als { $count } Namen sind pausiert.
unpause-more-many = Viele weitere pausierte Namen sind hier nicht aufgeführt; „Alle Pausen aufheben“ schließt sie mit ein.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] Nach einer neuen Pausierung ist die Aufhebung hier erst wieder ab { $until } möglich: Bringen Sie zuerst den Client in Ordnung und testen Sie ihn.
        [one] Vor { $until } ist nach einer neuen Pausierung nur noch eine Aufhebung möglich: Bringen Sie zuerst den Client in Ordnung und testen Sie ihn.
       *[other] Vor { $until } sind nach einer neuen Pausierung nur noch { $count } Aufhebungen möglich: Bringen Sie zuerst den Client in Ordnung und testen Sie ihn.
    }
