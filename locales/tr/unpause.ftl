## templates/pages/unpause.html

unpause-title = ACME hesabınızın duraklatmasını kaldırın
unpause-heading-paused = Bu hesap için sertifika verilmesi duraklatıldı
unpause-heading-clear = Bu hesap için duraklatılmış bir şey yok
unpause-account = ACME hesabı { $account }
unpause-account-paused = Hesabın tamamı { $since } tarihinden beri duraklatılmış durumda: siz duraklatmayı kaldırana kadar bu hesap hiçbir alan adı için sertifika talep edemez.
unpause-count =
    { $count ->
        [one] Bir alan adı duraklatılmış durumda.
       *[other] { $count } alan adı duraklatılmış durumda.
    }
unpause-since = En eski duraklatma { $since } tarihinde yapıldı.
unpause-why-heading = Bu neden oldu?
unpause-why = Bu hesabı kullanan bir ACME istemcisi uzun süre boyunca bu alan adlarını doğrulayamadı ve hiç sertifika alamadı. Bu genellikle istemcinin unutulduğu anlamına gelir: alan adının süresi dolmuştur, DNS kayıtları artık başka bir yeri gösteriyordur, web sunucusu değişmiştir ya da eski bir barındırma paneli görevi hâlâ çalışıyordur. Bu boşa giden işi durdurmak için { $ca } artık bu hesaptan bu alan adları için gelen talepleri kabul etmiyor.
unpause-what-heading = Duraklatmayı kaldırma
unpause-what = Duraklatmayı kaldırdığınızda bu hesap, bu alan adları için hemen yeniden sertifika talep edebilir. İstemci başarısız olmaya devam ederse alan adları yeniden duraklatılır.
unpause-all-button = Tümünün duraklatmasını kaldır
unpause-select-heading = Ya da yalnızca bazı alan adlarının duraklatmasını kaldırın
unpause-select-hint = Hâlâ kullandığınız alan adlarını işaretleyin, ardından aşağıdaki düğmeye basın.
unpause-name-since = { $since } tarihinden beri
unpause-more =
    { $count ->
        [one] Duraklatılmış bir alan adı daha burada listelenmiyor; “Tümünün duraklatmasını kaldır” onu da kapsar.
       *[other] Duraklatılmış { $count } alan adı daha burada listelenmiyor; “Tümünün duraklatmasını kaldır” onları da kapsar.
    }
unpause-selected-button = Yalnızca işaretli alan adlarının duraklatmasını kaldır
unpause-clear-text = Kaldırılacak bir duraklatma yok: bu hesap herhangi bir alan adı için sertifika talep edebilir. İstemciniz hâlâ bir duraklatma bildiriyorsa hata başka bir hesaptan kaynaklanıyor olabilir.
unpause-help-link = Neleri kontrol etmeli, düzeltme nasıl test edilir?

## templates/pages/unpause_status.html

status-title = Duraklatma kaldırma sonucu
status-done-heading = Duraklatma kaldırıldı
status-account = Hesabın tamamına uygulanan duraklatma kaldırıldı.
status-names =
    { $count ->
        [0] Duraklatması kaldırılması gereken bir alan adı yoktu.
        [one] Bir alan adının duraklatması kaldırıldı.
       *[other] { $count } alan adının duraklatması kaldırıldı.
    }
status-remaining =
    { $count ->
        [one] Bir alan adı hâlâ duraklatılmış durumda. Onun da duraklatmasını kaldırmak için bağlantınızı yeniden açın.
       *[other] { $count } alan adı hâlâ duraklatılmış durumda. Onların da duraklatmasını kaldırmak için bağlantınızı yeniden açın.
    }
status-next = İstemciniz yeniden sertifika talep edebilir. Bir sonraki çalışmasını takip edin: yine başarısız olursa alan adları yeniden duraklatılır.
status-nothing-heading = Kaldırılacak bir duraklatma yoktu
status-nothing = Duraklatmaların hepsi zaten kaldırılmıştı; hiçbir şey değiştirilmedi.
status-none-heading = Yakın zamanda kaldırılan bir duraklatma yok
status-none = Bu sayfa, bu tarayıcıda yapılan bir duraklatma kaldırma işleminin sonucunu gösterir. Güncel durumu görmek için ACME istemcinizin hata mesajındaki ya da e-postadaki bağlantıyı açın.
unpause-count-many = { $count } alan adından fazlası duraklatılmış durumda.
unpause-more-many = Duraklatılmış daha pek çok alan adı burada listelenmiyor; “Tümünün duraklatmasını kaldır” onları da kapsar.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] Yeni bir duraklatmadan sonra burada { $until } tarihinden önce duraklatma yeniden kaldırılamaz: önce istemciyi düzeltip test edin.
        [one] { $until } tarihinden önce, yeni bir duraklatmadan sonra yalnızca bir kez daha duraklatma kaldırılabilir: önce istemciyi düzeltip test edin.
       *[other] { $until } tarihinden önce, yeni bir duraklatmadan sonra yalnızca { $count } kez daha duraklatma kaldırılabilir: önce istemciyi düzeltip test edin.
    }
