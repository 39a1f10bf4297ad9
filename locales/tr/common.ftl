## templates/base.html

common-site-name = { $ca } duraklatma kaldırma portalı
common-skip = İçeriğe geç
common-nav-label = Site menüsü
common-nav-help = Yardım
common-footer-forum = Yardıma mı ihtiyacınız var? Topluluk forumunda sorun.

## templates/partials/staging.html

staging-heading = Düzeltmenizi önce test ortamında deneyin
staging-intro = Önce istemcinizi düzeltin, ardından düzeltmenin işe yaradığını test ortamında (staging) doğrulayın. Test ortamı üretim ortamı gibi çalışır, ancak tarayıcıların güvenmediği test sertifikaları verir ve sınırları çok daha yüksektir; bu yüzden orada denemek size hiçbir şey kaybettirmez. Dizin (directory) URL'si şudur:
staging-clients-caption = Yaygın ACME istemcileri test ortamına nasıl yönlendirilir
staging-col-client = İstemci
staging-col-command = Komut veya ayar
staging-after = İstemciniz test ortamından bir test sertifikası aldığında onu yeniden üretim ortamına yönlendirin, duraklatmayı kaldırın ve istemciyi tekrar çalıştırın.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Türkçe
common-language-label = Dil
common-language-button = Değiştir
common-footer-docs = Belgeler
