# language: id
# sopap: fitur uji kesesuaian
# Dibuat oleh `sopap features` dari SOP 'sosialisasi-puspaga'; jangan disunting: ubah sumber SOP lalu jalankan lagi.
# Jalankan: pytest features/ --sop-impl=reference (lihat docs/kesesuaian.md)
@sop-sosialisasi-puspaga
Fitur: Kesesuaian SOP Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
  SOP: Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
  Bidang: PUGPPKK
  Pelaksana: Kepala DPPPA (kadis); Sekretaris DPPPA (sekdis); Kabid PUGPPKK (kabid); Jafung / Pelaksana (jafung)
  Setiap aturan menguji satu langkah: pelaksana, kelengkapan, output, urutan dan waktu.

  Latar Belakang:
    Jika SOP "sosialisasi-puspaga" terpasang
    Dan sebuah kasus baru dimulai

  @kasus-lengkap
  Skenario: Satu kasus berjalan dari langkah 1 sampai langkah 8
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
      | dokumen          |
      | Lembar disposisi |
    Maka langkah 1 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
      | dokumen                                                                       |
      | tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
    Maka langkah 2 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
      | dokumen              |
      | Daftar hadir         |
      | materi               |
      | undangan sosialisasi |
    Maka langkah 3 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
      | dokumen                                                                     |
      | Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
    Maka langkah 8 diterima
    Dan kasus selesai
    Dan output langkah 8 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Kabid PUGPPKK      |
      | 4       | Jafung / Pelaksana |
      | 5       | Kabid PUGPPKK      |
      | 6       | Sekretaris DPPPA   |
      | 7       | Kepala DPPPA       |
      | 8       | Jafung / Pelaksana |

  @kasus-lengkap
  Skenario: Satu kasus dengan semua dokumen dari luar sejak awal, langkah 1 sampai 8
    Jika sebuah kasus baru dimulai beserta dokumen:
      | dokumen                                                                       |
      | Lembar disposisi                                                              |
      | tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      | Daftar hadir                                                                  |
      | materi                                                                        |
      | undangan sosialisasi                                                          |
      | Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)   |
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan kasus selesai
    Dan output langkah 8 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Kabid PUGPPKK      |
      | 4       | Jafung / Pelaksana |
      | 5       | Kabid PUGPPKK      |
      | 6       | Sekretaris DPPPA   |
      | 7       | Kepala DPPPA       |
      | 8       | Jafung / Pelaksana |

  @kasus-serentak
  Skenario: Dua kasus berjalan berselang-seling tanpa saling memengaruhi
    Jika kasus "A" dimulai beserta dokumen:
      | dokumen                                                                       |
      | Lembar disposisi                                                              |
      | tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      | Daftar hadir                                                                  |
      | materi                                                                        |
      | undangan sosialisasi                                                          |
      | Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)   |
    Dan kasus "B" dimulai
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 1
    Maka langkah 1 ditolak dengan alasan MISSING_INPUT
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
      | dokumen          |
      | Lembar disposisi |
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
      | dokumen                                                                       |
      | tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
      | dokumen              |
      | Daftar hadir         |
      | materi               |
      | undangan sosialisasi |
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Sekretaris DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Sekretaris DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Kepala DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Kepala DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan kasus selesai
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
      | dokumen                                                                     |
      | Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
    Maka langkah 8 diterima
    Dan kasus selesai
    Ketika kasus "A" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Kabid PUGPPKK      |
      | 4       | Jafung / Pelaksana |
      | 5       | Kabid PUGPPKK      |
      | 6       | Sekretaris DPPPA   |
      | 7       | Kepala DPPPA       |
      | 8       | Jafung / Pelaksana |
    Ketika kasus "B" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Kabid PUGPPKK      |
      | 4       | Jafung / Pelaksana |
      | 5       | Kabid PUGPPKK      |
      | 6       | Sekretaris DPPPA   |
      | 7       | Kepala DPPPA       |
      | 8       | Jafung / Pelaksana |

  @langkah-1
  Aturan: Langkah 1 oleh Kabid PUGPPKK
    Uraian: Memerintahkan Jafung / Pelaksana untuk melakukan sosialisasi PUSPAGA
    Kelengkapan: Lembar disposisi
    Output: Disposisi
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 1 dilaksanakan oleh Kabid PUGPPKK
      Maka langkah 1 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar disposisi |
      Maka langkah 1 diterima
      Dan output langkah 1 tersedia:
        | dokumen   |
        | Disposisi |
      Dan riwayat mencatat langkah 1 oleh "Kabid PUGPPKK"
      Dan langkah 2 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 1 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Ketika "<pelaksana>" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar disposisi |
      Maka langkah 1 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 1 ditolak tanpa kelengkapan "Lembar disposisi"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 1
      Maka langkah 1 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 1 ditolak bila diulang
      Jika langkah 1 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar disposisi |
      Maka langkah 1 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 1 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 1 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 1 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar disposisi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 1 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 31 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar disposisi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 1 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Maka batas waktu langkah 1 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar disposisi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  # Langkah 2: kelengkapan yang dibuat langkah sebelumnya (Disposisi) diuji lewat output langkah 1.
  @langkah-2
  Aturan: Langkah 2 oleh Jafung / Pelaksana
    Uraian: Melakukan koordinasi dengan Narasumber; Membuat surat permohonan Narasumber Sosialisasi; Membuat dan mendistribusikan undangan pelaksanaan kegiatan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) yang telah di tandatangan oleh Kepala DPPPA
    Kelengkapan: Disposisi; tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Output: Surat undangan sosialisasi telah terdistribusi
    Waktu: 3 Hari

    @positif
    Skenario: Langkah 2 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sudah selesai
      Maka langkah 2 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                                                                       |
        | tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 2 diterima
      Dan output langkah 2 tersedia:
        | dokumen                                        |
        | Surat undangan sosialisasi telah terdistribusi |
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana"
      Dan langkah 3 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 2 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                                                                       |
        | tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 2 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 2 ditolak tanpa kelengkapan "tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)"
      Jika langkah 1 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 2 ditolak sebelum langkah 1 selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                                                                       |
        | Disposisi                                                                     |
        | tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 2 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 2 memenuhi standar waktu 3 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 675 menit kerja
      Maka batas waktu langkah 2 adalah 3 Hari (1350 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 675 menit kerja
      Maka batas waktu langkah 2 adalah 3 Hari (1350 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                                                                       |
        | tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 2 yang selesai sesudah standar waktu 3 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 1351 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                                                                       |
        | tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 2 yang siap Jumat pukul 15.30 mendapat batas waktu 3 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Maka batas waktu langkah 2 adalah 3 Hari (1350 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 1350 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                                                                       |
        | tema dan jadwal pelaksanaan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  @langkah-3
  Aturan: Langkah 3 oleh Kabid PUGPPKK
    Uraian: Melaksanakan kegiatan sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Kelengkapan: Daftar hadir; materi; undangan sosialisasi
    Output: Dokumentasi sosialisasi
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 3 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 2 sudah selesai
      Maka langkah 3 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen              |
        | Daftar hadir         |
        | materi               |
        | undangan sosialisasi |
      Maka langkah 3 diterima
      Dan output langkah 3 tersedia:
        | dokumen                 |
        | Dokumentasi sosialisasi |
      Dan riwayat mencatat langkah 3 oleh "Kabid PUGPPKK"
      Dan langkah 4 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 3 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 3 beserta dokumen:
        | dokumen              |
        | Daftar hadir         |
        | materi               |
        | undangan sosialisasi |
      Maka langkah 3 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "Daftar hadir"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen              |
        | materi               |
        | undangan sosialisasi |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "materi"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen              |
        | Daftar hadir         |
        | undangan sosialisasi |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "undangan sosialisasi"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen      |
        | Daftar hadir |
        | materi       |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 3 ditolak sebelum langkah 2 selesai
      Jika langkah 1 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen              |
        | Daftar hadir         |
        | materi               |
        | undangan sosialisasi |
      Maka langkah 3 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 3 memenuhi standar waktu 1 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 3 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 3 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen              |
        | Daftar hadir         |
        | materi               |
        | undangan sosialisasi |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 3 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen              |
        | Daftar hadir         |
        | materi               |
        | undangan sosialisasi |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 3 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Maka batas waktu langkah 3 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen              |
        | Daftar hadir         |
        | materi               |
        | undangan sosialisasi |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  # Langkah 4: kelengkapan yang dibuat langkah sebelumnya (Dokumentasi sosialisasi) diuji lewat output langkah 3.
  @langkah-4
  Aturan: Langkah 4 oleh Jafung / Pelaksana
    Uraian: Membuat draf laporan hasil sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Kelengkapan: Dokumentasi sosialisasi
    Output: Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Waktu: 3 Jam

    @positif
    Skenario: Langkah 4 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 3 sudah selesai
      Maka langkah 4 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan output langkah 4 tersedia:
        | dokumen                                                                          |
        | Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Dan riwayat mencatat langkah 4 oleh "Jafung / Pelaksana"
      Dan langkah 5 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 4 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 4
      Maka langkah 4 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @urutan-salah
    Skenario: Langkah 4 ditolak sebelum langkah 3 selesai
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 4 beserta dokumen:
        | dokumen                 |
        | Dokumentasi sosialisasi |
      Maka langkah 4 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 4 memenuhi standar waktu 3 Jam
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 3 sudah selesai
      Ketika jam uji maju 90 menit kerja
      Maka batas waktu langkah 4 adalah 3 Jam (180 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 90 menit kerja
      Maka batas waktu langkah 4 adalah 3 Jam (180 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 4 yang selesai sesudah standar waktu 3 Jam tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Ketika jam uji maju 181 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 4 yang siap Jumat pukul 15.30 mendapat batas waktu 3 Jam menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Maka batas waktu langkah 4 adalah 3 Jam (180 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 180 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 5: kelengkapan yang dibuat langkah sebelumnya (Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)) diuji lewat output langkah 4.
  @langkah-5
  Aturan: Langkah 5 oleh Kabid PUGPPKK
    Uraian: Menerima, memeriksa dan memaraf draf laporan hasil sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Kelengkapan: Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Output: Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) diparaf
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 5 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 4 sudah selesai
      Maka langkah 5 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan output langkah 5 tersedia:
        | dokumen                                                                                  |
        | Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) diparaf |
      Dan riwayat mencatat langkah 5 oleh "Kabid PUGPPKK"
      Dan langkah 6 siap untuk "Sekretaris DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 5 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 5
      Maka langkah 5 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 5 ditolak sebelum langkah 4 selesai
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                                                                          |
        | Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 5 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 5 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 5 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 5 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 5 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 5 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Maka batas waktu langkah 5 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  # Langkah 6: kelengkapan yang dibuat langkah sebelumnya (Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)) diuji lewat output langkah 4.
  @langkah-6
  Aturan: Langkah 6 oleh Sekretaris DPPPA
    Uraian: Menerima, memeriksa dan memaraf draf laporan hasil sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Kelengkapan: Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Output: Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) diparaf
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 6 dilaksanakan oleh Sekretaris DPPPA
      Jika langkah 1 sampai 5 sudah selesai
      Maka langkah 6 siap untuk "Sekretaris DPPPA"
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan output langkah 6 tersedia:
        | dokumen                                                                                  |
        | Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) diparaf |
      Dan riwayat mencatat langkah 6 oleh "Sekretaris DPPPA"
      Dan langkah 7 siap untuk "Kepala DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 6 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 6
      Maka langkah 6 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 6 ditolak sebelum langkah 5 selesai
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                                                                          |
        | Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 6 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 6 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 5 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 6 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 6 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 6 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Sekretaris DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 6 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Maka batas waktu langkah 6 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

  # Langkah 7: kelengkapan yang dibuat langkah sebelumnya (Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)) diuji lewat output langkah 4.
  @langkah-7
  Aturan: Langkah 7 oleh Kepala DPPPA
    Uraian: Menandatangani laporan hasil sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Kelengkapan: Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Output: Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) ditandatangani
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 7 dilaksanakan oleh Kepala DPPPA
      Jika langkah 1 sampai 6 sudah selesai
      Maka langkah 7 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan output langkah 7 tersedia:
        | dokumen                                                                                    |
        | Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) ditandatangani |
      Dan riwayat mencatat langkah 7 oleh "Kepala DPPPA"
      Dan langkah 8 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 7 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 7
      Maka langkah 7 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Sekretaris DPPPA   |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 7 ditolak sebelum langkah 6 selesai
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                                                          |
        | Draf laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 7 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 7 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 7 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 7 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "Kepala DPPPA" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Kepala DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 7 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Kepala DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 7 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Maka batas waktu langkah 7 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Kepala DPPPA" pada jam uji, tepat waktu

  @langkah-8
  Aturan: Langkah 8 oleh Jafung / Pelaksana
    Uraian: Mengarsipkan Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Kelengkapan: Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)
    Output: Arsip
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 8 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 7 sudah selesai
      Maka langkah 8 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                                     |
        | Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 8 diterima
      Dan output langkah 8 tersedia:
        | dokumen |
        | Arsip   |
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana"
      Dan kasus selesai

    @pelaksana-salah
    Skenario konsep: Langkah 8 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                                     |
        | Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 8 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 8 ditolak tanpa kelengkapan "Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA)"
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8
      Maka langkah 8 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 8 ditolak sebelum langkah 7 selesai
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                                     |
        | Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 8 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 8 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 8 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 8 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                                     |
        | Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 8 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                                     |
        | Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 8 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Maka batas waktu langkah 8 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                                     |
        | Laporan hasil pelaksanaan Sosialisasi Pusat Pembelajaran Keluarga (PUSPAGA) |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu
