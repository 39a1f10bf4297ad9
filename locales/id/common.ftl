## templates/base.html

common-site-name = Portal pencabutan jeda { $ca }
common-skip = Langsung ke konten
common-nav-label = Situs
common-nav-help = Bantuan
common-footer-forum = Butuh bantuan? Tanyakan di forum komunitas.

## templates/partials/staging.html

staging-heading = Uji perbaikan Anda di staging terlebih dahulu
staging-intro = Perbaiki klien Anda terlebih dahulu, lalu buktikan bahwa perbaikannya berhasil di lingkungan staging. Staging bekerja seperti lingkungan produksi, tetapi menerbitkan sertifikat uji yang tidak dipercaya oleh peramban, dan batasnya jauh lebih longgar, jadi mencoba di sana tidak ada ruginya. URL direktorinya adalah:
staging-clients-caption = Cara mengarahkan klien ACME populer ke staging
staging-col-client = Klien
staging-col-command = Perintah atau pengaturan
staging-after = Setelah klien Anda mendapatkan sertifikat uji dari staging, arahkan kembali ke produksi, cabut jedanya, lalu jalankan lagi.

## templates/base.html (language picker and footer)

# The language's own name, as listed in the picker.
language-name = Bahasa Indonesia
common-language-label = Bahasa
common-language-button = Ganti
common-footer-docs = Dokumentasi
