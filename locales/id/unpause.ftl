## templates/pages/unpause.html

unpause-title = Cabut jeda akun ACME Anda
unpause-heading-paused = Penerbitan sertifikat dijeda untuk akun ini
unpause-heading-clear = Tidak ada yang dijeda untuk akun ini
unpause-account = Akun ACME { $account }
unpause-account-paused = Seluruh akun ini dijeda sejak { $since }: akun ini tidak dapat memesan sertifikat untuk nama domain apa pun sampai Anda mencabut jedanya.
unpause-count =
    { $count ->
       *[other] { $count } nama domain sedang dijeda.
    }
unpause-since = Jeda yang paling lama berlaku sejak { $since }.
unpause-why-heading = Mengapa ini terjadi
unpause-why = Sebuah klien ACME yang menggunakan akun ini terus gagal memvalidasi nama-nama domain ini dalam waktu lama, tanpa satu pun sertifikat yang berhasil diterbitkan. Biasanya ini berarti klien tersebut sudah terlupakan: domainnya sudah kedaluwarsa, DNS-nya kini mengarah ke tempat lain, server webnya sudah berganti, atau tugas lama di panel hosting masih berjalan. Untuk menghentikan pekerjaan sia-sia itu, { $ca } tidak lagi menerima pesanan untuk nama-nama domain ini dari akun ini.
unpause-what-heading = Cabut jeda
unpause-what = Dengan mencabut jeda, akun ini dapat langsung memesan sertifikat lagi untuk nama-nama domain ini. Jika klien terus gagal, nama-nama domain tersebut akan dijeda lagi.
unpause-all-button = Cabut jeda semuanya
unpause-select-heading = Atau cabut jeda untuk sebagian nama domain saja
unpause-select-hint = Centang nama domain yang masih Anda gunakan, lalu tekan tombol di bawah.
unpause-name-since = sejak { $since }
unpause-more =
    { $count ->
       *[other] { $count } nama domain lain yang dijeda tidak tercantum di sini; “Cabut jeda semuanya” juga mencakupnya.
    }
unpause-selected-button = Cabut jeda hanya untuk nama domain yang dicentang
unpause-clear-text = Tidak ada jeda yang perlu dicabut: akun ini dapat memesan sertifikat untuk nama domain apa pun. Jika klien Anda masih melaporkan jeda, pesan kesalahannya mungkin berasal dari akun lain.
unpause-help-link = Apa yang perlu diperiksa, dan cara menguji perbaikan

## templates/pages/unpause_status.html

status-title = Hasil pencabutan jeda
status-done-heading = Jeda dicabut
status-account = Jeda pada seluruh akun telah dicabut.
status-names =
    { $count ->
        [0] Tidak ada nama domain yang dijeda, jadi tidak ada jeda yang perlu dicabut.
       *[other] Jeda untuk { $count } nama domain telah dicabut.
    }
status-remaining =
    { $count ->
       *[other] { $count } nama domain masih dijeda. Buka tautan Anda lagi untuk mencabut jedanya juga.
    }
status-next = Klien Anda dapat memesan sertifikat lagi. Perhatikan saat klien dijalankan berikutnya: jika gagal lagi, nama-nama domain tersebut akan dijeda lagi.
status-nothing-heading = Tidak ada jeda yang perlu dicabut
status-nothing = Semua jeda sudah dicabut sebelumnya; tidak ada yang diubah.
status-none-heading = Belum ada pencabutan jeda baru-baru ini
status-none = Halaman ini menampilkan hasil pencabutan jeda yang dilakukan di peramban ini. Untuk melihat keadaan saat ini, buka tautan dari pesan kesalahan klien ACME Anda atau dari email.
unpause-count-many = Lebih dari { $count } nama domain sedang dijeda.
unpause-more-many = Masih banyak nama domain lain yang dijeda tidak tercantum di sini; “Cabut jeda semuanya” juga mencakupnya.

## templates/pages/unpause.html (the unpause budget, shown when few unpauses are left)
unpause-budget-left =
    { $count ->
        [0] Setelah jeda baru, jeda tidak dapat dicabut lagi di sini sebelum { $until }: perbaiki dan uji klien terlebih dahulu.
       *[other] Sebelum { $until }, hanya tersisa { $count } kali pencabutan jeda lagi setelah jeda baru: perbaiki dan uji klien terlebih dahulu.
    }
