## templates/pages/index.html

home-title = Duraklatılmış ACME hesapları
home-heading = ACME istemcim neden duraklatıldı?
home-intro = Bir istemci uzun süre boyunca tek bir başarı bile elde edemeden doğrulamada başarısız olduğunda { $ca }, bir ACME hesabı için sertifika verilmesini bazı alan adları ya da tüm alan adları için duraklatır. Bu tür istemcilerin çoğu unutulmuştur; onları duraklatmak herkesi gereksiz işten kurtarır.
home-link = İstemcinizin hata mesajından ya da bir e-postadan aldığınız bir bağlantı varsa onu açın: neyin duraklatıldığını tam olarak gösterir ve duraklatmayı tek tıklamayla kaldırmanızı sağlar.
home-no-link = Bağlantınız yok mu? İstemcinizi bir kez daha çalıştırın: hata mesajında yeni bir bağlantı bulunur.
home-help-link = Neleri kontrol etmeli, düzeltme nasıl test edilir?

## templates/pages/help.html

help-title = Duraklatılmış ACME hesapları için yardım
help-heading = Duraklatılmış ACME hesapları için yardım
help-toc = Bu sayfada
help-why-heading = Hesabım neden duraklatıldı?
help-why = Bir hesabın istemcisi uzun bir süre boyunca bir alan adını tekrar tekrar doğrulayamadığında ve hiç sertifika alamadığında { $ca }, ACME hesabını o alan adı için duraklatır. Bir hesapta çok sayıda duraklatılmış alan adı varsa ve hiç başarılı sonuç yoksa hesabın tamamı duraklatılabilir. Hesabınızın kendisinde bir sorun yok: istemci ile alan adı arasında bir şey değişti.
help-check-heading = Neleri kontrol etmeli?
help-check-domain = Alan adı hâlâ kayıtlı mı ve hâlâ size mi ait? Süresi dolmuş bir alan adı asla doğrulanamaz.
help-check-dns = Alan adının DNS kayıtları (A, AAAA, CNAME) hâlâ istemcinin çalıştığı sunucuyu mu gösteriyor?
help-check-http = Bu sunucu, bu alan adı için 80 numaralı bağlantı noktasında yanıt veriyor ve /.well-known/acme-challenge/ yolunu istemcinin yazdığı klasörden sunuyor mu?
help-check-old = Eski bir sunucu, konteyner veya barındırma paneli, başka bir yere taşıdığınız bir alan adı için hâlâ yenileme görevi çalıştırıyor mu? O görevi kaldırın ya da alan adını görevden çıkarın.
help-unpause-heading = Duraklatmayı kaldırma
help-unpause = İstemcinizin hata mesajındaki ya da e-postadaki bağlantıyı açın. Sayfada neyin duraklatıldığı listelenir; duraklatmayı tümü için ya da yalnızca hâlâ kullandığınız alan adları için kaldırın. İstemci bundan sonra da başarısız olmaya devam ederse alan adları yeniden duraklatılır.
help-find-link-heading = Bağlantınızı bulma
help-find-link = Bağlantı “?jwt=” ve ardından gelen uzun bir kodla biter. İstemciler bağlantıyı çoğu zaman bir günlük dosyasının ya da JSON biçimindeki bir hata mesajının içine gömer: günlükte “unpause” kelimesini arayın ve bağlantının tamamını kopyalayın.
help-forum = Hâlâ çözemediniz mi? Topluluk forumunda sorun. Alan adını ve hatayı belirtin ama bağlantıyı paylaşmayın: bağlantıya sahip olan herkes hesabınızın duraklatmasını kaldırabilir.

## templates/partials/find_link.html

find-link-intro = ACME istemcinizin hata mesajını ya da günlüğünden bir bölümü aşağıya yapıştırın; uzunluğu önemli değil. Portal, içindeki duraklatma kaldırma bağlantısını kaçış karakterleri içerse, tırnak içine alınmış olsa ya da birkaç satıra bölünmüş olsa bile bulur ve sizi oraya götürür. Yapıştırdığınız hiçbir şey saklanmaz.
find-link-label = Hata mesajı veya günlükten bir bölüm
find-link-button = Bağlantımı bul

## templates/pages/find_link.html

find-link-title = Bağlantımı bul
find-link-none-heading = Duraklatma kaldırma bağlantısı bulunamadı
find-link-none-body = Metinde duraklatma kaldırma bağlantısı yok. İçinde “unpause” ya da “jwt=” geçen bir satır arayın veya istemcinizi bir kez daha çalıştırıp hata mesajının tamamını kopyalayın.
find-link-cut-heading = Bağlantı kesik görünüyor
find-link-cut-body = Metin, bir duraklatma kaldırma bağlantısının başını içeriyor ama tamamını içermiyor. Bağlantının bir sonraki satırda devam ettiği kısım dahil olmak üzere mesajın tamamını yeniden kopyalayın.
find-link-empty-heading = Aranacak bir şey yok
find-link-empty-body = Önce kutuya bir metin yapıştırın.
