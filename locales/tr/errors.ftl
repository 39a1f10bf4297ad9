## templates/pages/error.html

error-invalid-link-title = Bu duraklatma kaldırma bağlantısı geçerli değil
error-invalid-link-body = Bağlantı eksik ya da yolda değiştirilmiş. Bağlantının tamamını, “jwt=” kısmından sonra gelen her şey dahil olmak üzere, ACME istemcinizin hata mesajından veya e-postadan kopyalayıp yeniden açın.
error-expired-link-title = Bu duraklatma kaldırma bağlantısının süresi doldu
error-expired-link-body = Duraklatma kaldırma bağlantıları sınırlı bir süre için geçerlidir. Yeni bir bağlantı almak için ACME istemcinizi bir kez daha çalıştırın (tercihen önce test ortamında): hata mesajında yeni bir bağlantı yer alır. Bildirim e-postasında da bir bağlantı vardır.
error-bad-request-title = İstek anlaşılamadı
error-bad-request-body = Duraklatma kaldırma sayfasına geri dönün, sayfayı yenileyin ve tekrar deneyin.
error-forbidden-title = İstek reddedildi
error-forbidden-body = Güvenliğiniz için duraklatma yalnızca duraklatma kaldırma sayfasının kendisinden, aynı tarayıcı oturumunda kaldırılabilir. Bağlantınızı yeniden açın ve oradaki düğmeyi kullanın.
error-not-found-title = Sayfa bulunamadı
error-not-found-body = Bu adreste hiçbir şey yok. Ana sayfadan yeniden başlayın.
error-method-title = Bu işlem burada yapılamaz
error-method-body = Bu adres bu tür bir isteği kabul etmiyor. Ana sayfadan yeniden başlayın.
error-too-large-title = İstek çok büyük
error-too-large-body = İstek, bu portalın kabul ettiğinden daha fazla veri içeriyordu. Duraklatma kaldırma sayfasını yenileyin ve tekrar deneyin.
error-unavailable-title = Geçici olarak kullanılamıyor
error-unavailable-body = Portal şu anda veritabanına ulaşamıyor. Lütfen bir dakika sonra tekrar deneyin, ardından güncel durumu görmek için bağlantınızı yeniden açın.
error-internal-title = Bir sorun oluştu
error-internal-body = Bizim tarafımızda bir hata oluştu. Güncel durumu görmek için bağlantınızı yeniden açın. Bu tekrar olursa yardım isterken aşağıdaki referans numarasını belirtin.
error-request-id = Referans: { $id }
error-home = Ana sayfa
error-too-many-title = Çok fazla istek
error-too-many-body = Bu tarayıcı veya ağ, kısa sürede portalın kabul ettiğinden daha fazla istek gönderdi. Bir dakika bekleyin, ardından bağlantınızı yeniden açın.
error-unpause-too-often-title = Lütfen önce ACME istemcisini düzeltin
error-unpause-too-often-body = Bu hesabın duraklatması son zamanlarda birkaç kez kaldırıldı ve ACME istemcisi başarısız olmaya devam ettiği için hesap her seferinde yeniden duraklatıldı. İstemci düzeltilmeden duraklatmayı yeniden kaldırmak işe yaramaz. Başarısız olan istemciyi bulun, yapılandırmasını düzeltin ve test ortamında deneyin. Duraklatmayı daha sonra yeniden kaldırabilirsiniz; bekleme süresi aşağıda gösterilmektedir. Yardıma ihtiyacınız varsa topluluk forumunda sorun.
error-retry-after = { $time } tarihinden sonra tekrar deneyebilirsiniz.
