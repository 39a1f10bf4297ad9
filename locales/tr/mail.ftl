## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: ACME hesabı { $account } için sertifika verilmesi duraklatıldı
mail-paused-greeting = Merhaba,
mail-paused-intro = { $ca }, { $account } numaralı ACME hesabınız için sertifika verilmesini duraklattı. Bu hesabı kullanan bir ACME istemcisi uzun süre boyunca alan adlarını doğrulayamadı ve tek bir sertifika bile alamadı; bu nedenle { $ca } bu istemciden söz konusu alan adları için gelen talepleri artık kabul etmiyor.
mail-paused-account = Hesabın tamamı duraklatıldı: siz duraklatmayı kaldırana kadar bu hesap hiçbir alan adı için sertifika talep edemez.
mail-paused-names =
    { $count ->
        [one] Bir alan adı duraklatıldı:
       *[other] { $count } alan adı duraklatıldı, bunlar arasında:
    }
mail-paused-more =
    { $count ->
        [one] …ve bir alan adı daha.
       *[other] …ve { $count } alan adı daha.
    }
mail-paused-since = Duraklatma tarihi: { $since }.
mail-paused-client-heading = Başarısız olan istemci
mail-paused-client-ip = İstemcinin istekleri şu IP adresinden geldi: { $ip }
mail-paused-client-agent = İstemci kendini şöyle tanıttı: { $agent }
mail-paused-client-unknown = ACME sunucusu istemcinin adresini bildirmedi.
mail-paused-action-heading = Ne yapmalısınız?
mail-paused-action = Bu sertifikalara hâlâ ihtiyacınız varsa istemciyi bulun, düzeltin, düzeltmeyi test ortamında (staging) deneyin, ardından bu sayfada tek tıklamayla duraklatmayı kaldırın:
mail-paused-link-button = Duraklatma kaldırma sayfasını aç
mail-paused-link-expiry = Bu bağlantı şu zamana kadar geçerlidir: { $until }. Bundan sonra istemcinizin aldığı hata mesajında yeni bir bağlantı yer alır.
mail-paused-ignore = Bu alan adlarını artık kullanmıyorsanız hiçbir şey yapmanıza gerek yok: duraklatılmış olarak kalırlar. Lütfen unutulan istemciyi kapatın.
mail-paused-footer = Bu e-postayı, bu adres { $ca } üzerindeki { $account } numaralı ACME hesabının iletişim adreslerinden biri olduğu için alıyorsunuz. Bu e-posta her duraklatma için yalnızca bir kez gönderilir ve hiçbir izleme öğesi içermez.
mail-in-your-language = Bu bildirim Türkçe olarak da mevcuttur: yukarıdaki bağlantıyı açın, ardından sayfanın üst kısmından “Türkçe” seçeneğini seçin.
mail-paused-no-link = ACME istemcinizin alacağı bir sonraki hata mesajında duraklatma kaldırma sayfasının bağlantısı yer alır. Bu hata mesajını, içindeki bağlantıyı bulan şu sayfaya da yapıştırabilirsiniz:
