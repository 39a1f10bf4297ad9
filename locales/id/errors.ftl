## templates/pages/error.html

error-invalid-link-title = Tautan pencabutan jeda ini tidak valid
error-invalid-link-body = Tautan ini tidak lengkap atau berubah di tengah jalan. Salin seluruh tautan dari pesan kesalahan klien ACME Anda atau dari email, termasuk semua bagian setelah “jwt=”, lalu buka lagi.
error-expired-link-title = Tautan pencabutan jeda ini sudah kedaluwarsa
error-expired-link-body = Tautan pencabutan jeda hanya berlaku untuk waktu terbatas. Untuk mendapatkan tautan baru, jalankan klien ACME Anda sekali lagi (sebaiknya di staging terlebih dahulu): pesan kesalahannya memuat tautan baru. Email pemberitahuan juga memuat tautan.
error-bad-request-title = Permintaan tidak dapat dipahami
error-bad-request-body = Kembali ke halaman pencabutan jeda, muat ulang halamannya, lalu coba lagi.
error-forbidden-title = Permintaan ditolak
error-forbidden-body = Demi keamanan Anda, pencabutan jeda hanya dapat dilakukan dari halaman pencabutan jeda itu sendiri, dalam sesi peramban yang sama. Buka tautan Anda lagi dan gunakan tombol di halaman tersebut.
error-not-found-title = Halaman tidak ditemukan
error-not-found-body = Tidak ada apa pun di alamat ini. Mulai lagi dari beranda.
error-method-title = Tindakan ini tidak dapat dilakukan di sini
error-method-body = Alamat ini tidak menerima jenis permintaan tersebut. Mulai lagi dari beranda.
error-too-large-title = Permintaan terlalu besar
error-too-large-body = Permintaan ini membawa lebih banyak data daripada yang diterima portal ini. Muat ulang halaman pencabutan jeda, lalu coba lagi.
error-unavailable-title = Sementara tidak tersedia
error-unavailable-body = Portal tidak dapat terhubung ke basis datanya saat ini. Silakan coba lagi sekitar satu menit lagi, lalu buka kembali tautan Anda untuk melihat keadaan saat ini.
error-internal-title = Terjadi kesalahan
error-internal-body = Terjadi kegagalan di pihak kami. Buka tautan Anda lagi untuk melihat keadaan saat ini. Jika ini terjadi lagi, sebutkan kode referensi di bawah saat Anda meminta bantuan.
error-request-id = Referensi: { $id }
error-home = Beranda
error-too-many-title = Terlalu banyak permintaan
error-too-many-body = Peramban atau jaringan ini mengirim lebih banyak permintaan dalam waktu singkat daripada yang diterima portal. Tunggu satu menit, lalu buka tautan Anda lagi.
error-unpause-too-often-title = Perbaiki klien ACME terlebih dahulu
error-unpause-too-often-body = Jeda akun ini sudah beberapa kali dicabut belakangan ini dan setiap kali akun ini dijeda lagi, karena klien ACME-nya terus gagal. Mencabut jeda lagi tidak akan membantu sebelum klien tersebut diperbaiki. Temukan klien yang gagal, perbaiki konfigurasinya, lalu uji di lingkungan staging. Anda dapat mencabut jeda lagi nanti; waktu tunggunya ditampilkan di bawah. Jika butuh bantuan, tanyakan di forum komunitas.
error-retry-after = Anda dapat mencoba lagi setelah { $time }.
