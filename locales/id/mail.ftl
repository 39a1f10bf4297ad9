## templates/mail/paused: the email sent to an ACME account's contacts when
## names (or the whole account) are paused. Plain text and HTML share these
## messages. $ca is the certificate authority's name, $account a number.

mail-paused-subject = { $ca }: penerbitan sertifikat dijeda untuk akun ACME { $account }
mail-paused-greeting = Halo,
mail-paused-intro = { $ca } telah menjeda penerbitan sertifikat untuk akun ACME Anda { $account }. Sebuah klien ACME yang menggunakan akun ini terus gagal memvalidasi nama domain dalam waktu lama, tanpa satu pun sertifikat yang berhasil diterbitkan, sehingga { $ca } berhenti menerima pesanan dari klien tersebut untuk nama-nama domain itu.
mail-paused-account = Seluruh akun ini dijeda: akun ini tidak dapat memesan sertifikat untuk nama domain apa pun sampai Anda mencabut jedanya.
mail-paused-names =
    { $count ->
        [1] Satu nama domain sedang dijeda:
       *[other] { $count } nama domain sedang dijeda, di antaranya:
    }
mail-paused-more =
    { $count ->
        [1] …dan satu nama domain lainnya.
       *[other] …dan { $count } nama domain lainnya.
    }
mail-paused-since = Dijeda sejak { $since }.
mail-paused-client-heading = Klien yang gagal
mail-paused-client-ip = Permintaannya berasal dari alamat IP { $ip }.
mail-paused-client-agent = Klien ini memperkenalkan dirinya sebagai: { $agent }
mail-paused-client-unknown = Server ACME tidak melaporkan alamat klien tersebut.
mail-paused-action-heading = Apa yang perlu dilakukan
mail-paused-action = Jika Anda masih memerlukan sertifikat ini: temukan kliennya, perbaiki, uji perbaikannya di staging, lalu cabut jeda dengan satu klik di halaman ini:
mail-paused-link-button = Buka halaman pencabutan jeda
mail-paused-link-expiry = Tautan ini berlaku sampai { $until }. Setelah itu, pesan kesalahan yang diterima klien Anda akan memuat tautan baru.
mail-paused-ignore = Jika Anda tidak lagi menggunakan nama-nama domain ini, Anda tidak perlu melakukan apa pun: nama-nama domain tersebut akan tetap dijeda. Mohon matikan klien yang terlupakan itu.
mail-paused-footer = Anda menerima email ini karena alamat ini terdaftar sebagai kontak akun ACME { $account } di { $ca }. Email ini dikirim satu kali untuk setiap jeda dan tidak berisi pelacakan apa pun.
mail-in-your-language = Pemberitahuan ini juga tersedia dalam bahasa Anda: buka tautan di atas, lalu pilih bahasa Anda di bagian atas halaman.
mail-paused-no-link = Pesan kesalahan berikutnya yang diterima klien ACME Anda akan memuat tautan ke halaman pencabutan jeda. Anda juga dapat menempelkan pesan kesalahan itu di halaman ini, yang akan menemukan tautan di dalamnya:
