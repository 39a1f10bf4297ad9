## templates/pages/index.html

home-title = Akun ACME yang dijeda
home-heading = Mengapa klien ACME saya dijeda?
home-intro = { $ca } menjeda penerbitan sertifikat untuk sebuah akun ACME, untuk sebagian atau semua nama domainnya, jika sebuah klien terus gagal dalam validasi dalam waktu lama tanpa sekali pun berhasil. Sebagian besar klien seperti itu sudah terlupakan; menjedanya menghemat pekerjaan bagi semua orang.
home-link = Jika Anda memiliki tautan dari pesan kesalahan klien Anda atau dari email, bukalah: tautan itu menunjukkan dengan tepat apa yang dijeda dan memungkinkan Anda mencabut jeda dengan satu klik.
home-no-link = Tidak punya tautan? Jalankan klien Anda sekali lagi: pesan kesalahannya berisi tautan baru.
home-help-link = Apa yang perlu diperiksa, dan cara menguji perbaikan

## templates/pages/help.html

help-title = Bantuan untuk akun ACME yang dijeda
help-heading = Bantuan untuk akun ACME yang dijeda
help-toc = Di halaman ini
help-why-heading = Mengapa saya dijeda?
help-why = { $ca } menjeda sebuah akun ACME untuk suatu nama domain jika klien akun tersebut berulang kali gagal memvalidasi nama domain itu dalam waktu lama, tanpa satu pun sertifikat yang berhasil diterbitkan. Jika sebuah akun memiliki banyak nama domain yang dijeda dan sama sekali tidak pernah berhasil, seluruh akun dapat dijeda. Tidak ada yang salah dengan akun Anda sendiri: ada sesuatu yang berubah di antara klien dan nama domain tersebut.
help-check-heading = Apa yang perlu diperiksa
help-check-domain = Apakah domainnya masih terdaftar, dan masih milik Anda? Domain yang sudah kedaluwarsa tidak akan pernah lolos validasi.
help-check-dns = Apakah catatan DNS nama domain tersebut (A, AAAA, CNAME) masih mengarah ke server tempat klien berjalan?
help-check-http = Apakah server itu merespons di port 80 untuk nama domain tersebut, dan menyajikan /.well-known/acme-challenge/ dari folder tempat klien menulis berkas?
help-check-old = Apakah ada server lama, kontainer, atau panel hosting yang masih menjalankan tugas perpanjangan untuk nama domain yang sudah Anda pindahkan? Hapus tugas itu, atau hapus nama domain tersebut dari tugas itu.
help-unpause-heading = Mencabut jeda
help-unpause = Buka tautan dari pesan kesalahan klien Anda atau dari email. Halaman tersebut mencantumkan apa saja yang dijeda; cabut jeda semuanya, atau hanya nama domain yang masih Anda gunakan. Jika setelah itu klien terus gagal, nama-nama domain tersebut akan dijeda lagi.
help-find-link-heading = Menemukan tautan Anda
help-find-link = Tautan itu diakhiri dengan “?jwt=” yang diikuti sebuah kode panjang. Klien sering menyembunyikannya di dalam berkas log atau pesan kesalahan JSON: cari “unpause” di log, lalu salin seluruh tautannya.
help-forum = Masih buntu? Tanyakan di forum komunitas. Sebutkan nama domain dan pesan kesalahannya, tetapi jangan unggah tautannya: siapa pun yang memilikinya dapat mencabut jeda akun Anda.

## templates/partials/find_link.html

find-link-intro = Tempelkan pesan kesalahan klien ACME Anda atau potongan log-nya di bawah, sebanyak yang Anda mau. Portal akan menemukan tautan pencabutan jeda di dalamnya, bahkan jika tautan itu di-escape, diapit tanda kutip, atau terpotong ke beberapa baris, lalu membawa Anda ke sana. Apa pun yang Anda tempelkan tidak disimpan.
find-link-label = Pesan kesalahan atau potongan log
find-link-button = Temukan tautan saya

## templates/pages/find_link.html

find-link-title = Temukan tautan saya
find-link-none-heading = Tautan pencabutan jeda tidak ditemukan
find-link-none-body = Teks tersebut tidak berisi tautan pencabutan jeda. Cari baris yang menyebut “unpause” atau “jwt=”, atau jalankan klien Anda sekali lagi dan salin seluruh pesan kesalahannya.
find-link-cut-heading = Tautannya tampak terpotong
find-link-cut-body = Teks tersebut berisi awal tautan pencabutan jeda, tetapi tidak seluruhnya. Salin lagi seluruh pesannya, termasuk bagian tautan yang berlanjut di baris berikutnya.
find-link-empty-heading = Tidak ada yang bisa dicari
find-link-empty-body = Tempelkan teks ke dalam kotak terlebih dahulu.
