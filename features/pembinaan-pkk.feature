# language: id
# sopap: fitur uji kesesuaian
# Dibuat oleh `sopap features` dari SOP 'pembinaan-pkk'; jangan disunting: ubah sumber SOP lalu jalankan lagi.
# Jalankan: pytest features/ --sop-impl=reference (lihat docs/kesesuaian.md)
@sop-pembinaan-pkk
Fitur: Kesesuaian SOP Pembinaan Pemberdayaan Dan Kesejahteraan Keluarga (PKK)
  SOP: Pembinaan Pemberdayaan Dan Kesejahteraan Keluarga (PKK)
  Bidang: PUGPPKK
  Pelaksana: Kepala DPPPA (kadis); Sekretaris DPPPA (sekdis); Kabid PUGPPKK (kabid); Jafung / Pelaksana (jafung)
  Setiap aturan menguji satu langkah: pelaksana, kelengkapan, output, urutan dan waktu.

  Latar Belakang:
    Jika SOP "pembinaan-pkk" terpasang
    Dan sebuah kasus baru dimulai

  @kasus-lengkap
  Skenario: Satu kasus berjalan dari langkah 1 sampai langkah 9
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
      | dokumen          |
      | Lembar Disposisi |
    Maka langkah 1 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
      | dokumen  |
      | Data PKK |
    Maka langkah 2 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
      | dokumen          |
      | Materi pembinaan |
      | daftar hadir     |
    Maka langkah 4 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
      | dokumen         |
      | Dokumentasi     |
      | materi kegiatan |
    Maka langkah 5 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 7 beserta dokumen:
      | dokumen                                           |
      | Draf laporan hasil pelaksanaan kegiatan pembinaan |
    Maka langkah 7 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
      | dokumen                                          |
      | Laporan hasil pelaksanaan kegiatan pembinaan PKK |
    Maka langkah 9 diterima
    Dan kasus selesai
    Dan output langkah 9 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Jafung / Pelaksana |
      | 4       | Kabid PUGPPKK      |
      | 5       | Jafung / Pelaksana |
      | 6       | Kabid PUGPPKK      |
      | 7       | Sekretaris DPPPA   |
      | 8       | Kepala DPPPA       |
      | 9       | Jafung / Pelaksana |

  @kasus-lengkap
  Skenario: Satu kasus dengan semua dokumen dari luar sejak awal, langkah 1 sampai 9
    Jika sebuah kasus baru dimulai beserta dokumen:
      | dokumen                                           |
      | Lembar Disposisi                                  |
      | Data PKK                                          |
      | Materi pembinaan                                  |
      | daftar hadir                                      |
      | Dokumentasi                                       |
      | materi kegiatan                                   |
      | Draf laporan hasil pelaksanaan kegiatan pembinaan |
      | Laporan hasil pelaksanaan kegiatan pembinaan PKK  |
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan kasus selesai
    Dan output langkah 9 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Jafung / Pelaksana |
      | 4       | Kabid PUGPPKK      |
      | 5       | Jafung / Pelaksana |
      | 6       | Kabid PUGPPKK      |
      | 7       | Sekretaris DPPPA   |
      | 8       | Kepala DPPPA       |
      | 9       | Jafung / Pelaksana |

  @kasus-serentak
  Skenario: Dua kasus berjalan berselang-seling tanpa saling memengaruhi
    Jika kasus "A" dimulai beserta dokumen:
      | dokumen                                           |
      | Lembar Disposisi                                  |
      | Data PKK                                          |
      | Materi pembinaan                                  |
      | daftar hadir                                      |
      | Dokumentasi                                       |
      | materi kegiatan                                   |
      | Draf laporan hasil pelaksanaan kegiatan pembinaan |
      | Laporan hasil pelaksanaan kegiatan pembinaan PKK  |
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
      | Lembar Disposisi |
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
      | dokumen  |
      | Data PKK |
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
      | dokumen          |
      | Materi pembinaan |
      | daftar hadir     |
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
      | dokumen         |
      | Dokumentasi     |
      | materi kegiatan |
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Sekretaris DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Sekretaris DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Kepala DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 7 beserta dokumen:
      | dokumen                                           |
      | Draf laporan hasil pelaksanaan kegiatan pembinaan |
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Kepala DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan kasus selesai
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
      | dokumen                                          |
      | Laporan hasil pelaksanaan kegiatan pembinaan PKK |
    Maka langkah 9 diterima
    Dan kasus selesai
    Ketika kasus "A" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Jafung / Pelaksana |
      | 4       | Kabid PUGPPKK      |
      | 5       | Jafung / Pelaksana |
      | 6       | Kabid PUGPPKK      |
      | 7       | Sekretaris DPPPA   |
      | 8       | Kepala DPPPA       |
      | 9       | Jafung / Pelaksana |
    Ketika kasus "B" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Jafung / Pelaksana |
      | 4       | Kabid PUGPPKK      |
      | 5       | Jafung / Pelaksana |
      | 6       | Kabid PUGPPKK      |
      | 7       | Sekretaris DPPPA   |
      | 8       | Kepala DPPPA       |
      | 9       | Jafung / Pelaksana |

  @langkah-1
  Aturan: Langkah 1 oleh Kabid PUGPPKK
    Uraian: Memerintahkan Jafung / Pelaksana untuk mempersiapkan kegiatan pembinaan PKK
    Kelengkapan: Lembar Disposisi
    Output: Disposisi
    Waktu: 10 Menit

    @positif
    Skenario: Langkah 1 dilaksanakan oleh Kabid PUGPPKK
      Maka langkah 1 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar Disposisi |
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
        | Lembar Disposisi |
      Maka langkah 1 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 1 ditolak tanpa kelengkapan "Lembar Disposisi"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 1
      Maka langkah 1 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 1 ditolak bila diulang
      Jika langkah 1 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar Disposisi |
      Maka langkah 1 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 1 memenuhi standar waktu 10 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 1 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 1 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar Disposisi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 1 yang selesai sesudah standar waktu 10 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 11 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar Disposisi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 1 yang siap Jumat pukul 15.55 mendapat batas waktu 10 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.55
      Dan sebuah kasus baru dimulai
      Maka batas waktu langkah 1 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 10 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar Disposisi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  @langkah-2
  Aturan: Langkah 2 oleh Jafung / Pelaksana
    Uraian: Melakukan rapat persiapan kegiatan pembinaan PKK
    Kelengkapan: Data PKK
    Output: Notulen rapat
    Waktu: 1 Jam

    @positif
    Skenario: Langkah 2 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sudah selesai
      Maka langkah 2 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen  |
        | Data PKK |
      Maka langkah 2 diterima
      Dan output langkah 2 tersedia:
        | dokumen       |
        | Notulen rapat |
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana"
      Dan langkah 3 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 2 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 2 beserta dokumen:
        | dokumen  |
        | Data PKK |
      Maka langkah 2 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 2 ditolak tanpa kelengkapan "Data PKK"
      Jika langkah 1 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 2 ditolak sebelum langkah 1 selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen  |
        | Data PKK |
      Maka langkah 2 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 2 memenuhi standar waktu 1 Jam
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 30 menit kerja
      Maka batas waktu langkah 2 adalah 1 Jam (60 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Maka batas waktu langkah 2 adalah 1 Jam (60 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen  |
        | Data PKK |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 2 yang selesai sesudah standar waktu 1 Jam tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 61 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen  |
        | Data PKK |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 2 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Jam menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Maka batas waktu langkah 2 adalah 1 Jam (60 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 60 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen  |
        | Data PKK |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 3: kelengkapan yang dibuat langkah sebelumnya (Notulen rapat) diuji lewat output langkah 2.
  @langkah-3
  Aturan: Langkah 3 oleh Jafung / Pelaksana
    Uraian: Melakukan koordinasi dengan Ketua Tim Penggerak Pemberdayaan Kesejahteraan Keluarga (TP PKK) beserta Pengurus; Menyiapkan jadwal kegiatan pembinaan; Melakukan koordinasi dengan Narasumber; Membuat surat permohonan Narasumber; Membuat dan mendistribusikan surat permohonan peserta pembinaan yang telah ditandatangani oleh Kepala DPPPA
    Kelengkapan: Notulen rapat
    Output: Jadwal kegiatan; Surat undangan
    Waktu: 12 Hari

    @positif
    Skenario: Langkah 3 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 2 sudah selesai
      Maka langkah 3 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3
      Maka langkah 3 diterima
      Dan output langkah 3 tersedia:
        | dokumen         |
        | Jadwal kegiatan |
        | Surat undangan  |
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana"
      Dan langkah 4 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 3 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 3
      Maka langkah 3 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @urutan-salah
    Skenario: Langkah 3 ditolak sebelum langkah 2 selesai
      Jika langkah 1 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen       |
        | Notulen rapat |
      Maka langkah 3 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 3 memenuhi standar waktu 12 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 2700 menit kerja
      Maka batas waktu langkah 3 adalah 12 Hari (5400 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 2700 menit kerja
      Maka batas waktu langkah 3 adalah 12 Hari (5400 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 3 yang selesai sesudah standar waktu 12 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 5401 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 3
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 3 yang siap Jumat pukul 15.30 mendapat batas waktu 12 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Maka batas waktu langkah 3 adalah 12 Hari (5400 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 5400 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 3
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 4: kelengkapan yang dibuat langkah sebelumnya (surat undangan) diuji lewat output langkah 3.
  @langkah-4
  Aturan: Langkah 4 oleh Kabid PUGPPKK
    Uraian: Melaksanakan pembinaan PKK
    Kelengkapan: Materi pembinaan; surat undangan; daftar hadir
    Output: Dokumentasi kegiatan
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 4 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 3 sudah selesai
      Maka langkah 4 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen          |
        | Materi pembinaan |
        | daftar hadir     |
      Maka langkah 4 diterima
      Dan output langkah 4 tersedia:
        | dokumen              |
        | Dokumentasi kegiatan |
      Dan riwayat mencatat langkah 4 oleh "Kabid PUGPPKK"
      Dan langkah 5 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 4 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 4 beserta dokumen:
        | dokumen          |
        | Materi pembinaan |
        | daftar hadir     |
      Maka langkah 4 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 4 ditolak tanpa kelengkapan "Materi pembinaan"
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen      |
        | daftar hadir |
      Maka langkah 4 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 4 ditolak tanpa kelengkapan "daftar hadir"
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen          |
        | Materi pembinaan |
      Maka langkah 4 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 4 ditolak sebelum langkah 3 selesai
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen          |
        | Materi pembinaan |
        | surat undangan   |
        | daftar hadir     |
      Maka langkah 4 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 4 memenuhi standar waktu 1 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 3 sudah selesai
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 4 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 4 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen          |
        | Materi pembinaan |
        | daftar hadir     |
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 4 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen          |
        | Materi pembinaan |
        | daftar hadir     |
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 4 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Maka batas waktu langkah 4 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen          |
        | Materi pembinaan |
        | daftar hadir     |
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  @langkah-5
  Aturan: Langkah 5 oleh Jafung / Pelaksana
    Uraian: Membuat draf laporan hasil pelaksanaan kegiatan pembinaan PKK
    Kelengkapan: Dokumentasi; materi kegiatan
    Output: Draf laporan hasil pelaksanaan kegiatan pembinaan PKK
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 5 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 4 sudah selesai
      Maka langkah 5 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
        | dokumen         |
        | Dokumentasi     |
        | materi kegiatan |
      Maka langkah 5 diterima
      Dan output langkah 5 tersedia:
        | dokumen                                               |
        | Draf laporan hasil pelaksanaan kegiatan pembinaan PKK |
      Dan riwayat mencatat langkah 5 oleh "Jafung / Pelaksana"
      Dan langkah 6 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 5 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 5 beserta dokumen:
        | dokumen         |
        | Dokumentasi     |
        | materi kegiatan |
      Maka langkah 5 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 5 ditolak tanpa kelengkapan "Dokumentasi"
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
        | dokumen         |
        | materi kegiatan |
      Maka langkah 5 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 5 ditolak tanpa kelengkapan "materi kegiatan"
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
        | dokumen     |
        | Dokumentasi |
      Maka langkah 5 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 5 ditolak sebelum langkah 4 selesai
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
        | dokumen         |
        | Dokumentasi     |
        | materi kegiatan |
      Maka langkah 5 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 5 memenuhi standar waktu 1 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 5 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 5 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
        | dokumen         |
        | Dokumentasi     |
        | materi kegiatan |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 5 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
        | dokumen         |
        | Dokumentasi     |
        | materi kegiatan |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 5 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Maka batas waktu langkah 5 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
        | dokumen         |
        | Dokumentasi     |
        | materi kegiatan |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 6: kelengkapan yang dibuat langkah sebelumnya (Draf laporan hasil pelaksanaan kegiatan pembinaan PKK) diuji lewat output langkah 5.
  @langkah-6
  Aturan: Langkah 6 oleh Kabid PUGPPKK
    Uraian: Menerima, memeriksa dan memaraf draf laporan hasil pelaksanaan kegiatan pembinaan PKK
    Kelengkapan: Draf laporan hasil pelaksanaan kegiatan pembinaan PKK
    Output: Draf laporan hasil pelaksanaan kegiatan pembinaan PKK telah di paraf Kabid
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 6 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 5 sudah selesai
      Maka langkah 6 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan output langkah 6 tersedia:
        | dokumen                                                                    |
        | Draf laporan hasil pelaksanaan kegiatan pembinaan PKK telah di paraf Kabid |
      Dan riwayat mencatat langkah 6 oleh "Kabid PUGPPKK"
      Dan langkah 7 siap untuk "Sekretaris DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 6 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 6
      Maka langkah 6 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 6 ditolak sebelum langkah 5 selesai
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                                               |
        | Draf laporan hasil pelaksanaan kegiatan pembinaan PKK |
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
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 6 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 6 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Maka batas waktu langkah 6 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  @langkah-7
  Aturan: Langkah 7 oleh Sekretaris DPPPA
    Uraian: Menerima, memeriksa dan memaraf draf laporan hasil pelaksanaan kegiatan pembinaan PKK
    Kelengkapan: Draf laporan hasil pelaksanaan kegiatan pembinaan
    Output: Draf laporan hasil pelaksanaan kegiatan pembinaan PKK telah di paraf Sekretaris DPPPA
    Waktu: 15 Menit

    @positif
    Skenario: Langkah 7 dilaksanakan oleh Sekretaris DPPPA
      Jika langkah 1 sampai 6 sudah selesai
      Maka langkah 7 siap untuk "Sekretaris DPPPA"
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                           |
        | Draf laporan hasil pelaksanaan kegiatan pembinaan |
      Maka langkah 7 diterima
      Dan output langkah 7 tersedia:
        | dokumen                                                                               |
        | Draf laporan hasil pelaksanaan kegiatan pembinaan PKK telah di paraf Sekretaris DPPPA |
      Dan riwayat mencatat langkah 7 oleh "Sekretaris DPPPA"
      Dan langkah 8 siap untuk "Kepala DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 7 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                           |
        | Draf laporan hasil pelaksanaan kegiatan pembinaan |
      Maka langkah 7 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 7 ditolak tanpa kelengkapan "Draf laporan hasil pelaksanaan kegiatan pembinaan"
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 7
      Maka langkah 7 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 7 ditolak sebelum langkah 6 selesai
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                           |
        | Draf laporan hasil pelaksanaan kegiatan pembinaan |
      Maka langkah 7 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 7 memenuhi standar waktu 15 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 7 menit kerja
      Maka batas waktu langkah 7 adalah 15 Menit (15 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 8 menit kerja
      Maka batas waktu langkah 7 adalah 15 Menit (15 menit kerja) sejak langkah itu siap
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                           |
        | Draf laporan hasil pelaksanaan kegiatan pembinaan |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 7 yang selesai sesudah standar waktu 15 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 16 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                           |
        | Draf laporan hasil pelaksanaan kegiatan pembinaan |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Sekretaris DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 7 yang siap Jumat pukul 15.53 mendapat batas waktu 15 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.53
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Maka batas waktu langkah 7 adalah 15 Menit (15 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                           |
        | Draf laporan hasil pelaksanaan kegiatan pembinaan |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

  # Langkah 8: kelengkapan yang dibuat langkah sebelumnya (Draf laporan hasil pelaksanaan kegiatan pembinaan PKK) diuji lewat output langkah 5.
  @langkah-8
  Aturan: Langkah 8 oleh Kepala DPPPA
    Uraian: Menerima, memeriksa dan menandatangani draf laporan hasil pelaksanaan kegiatan pembinaan PKK
    Kelengkapan: Draf laporan hasil pelaksanaan kegiatan pembinaan PKK
    Output: Laporan hasil pelaksanaan kegiatan pembinaan PKK telah di tandatangan oleh Kepala Dinas
    Waktu: 15 Menit

    @positif
    Skenario: Langkah 8 dilaksanakan oleh Kepala DPPPA
      Jika langkah 1 sampai 7 sudah selesai
      Maka langkah 8 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan output langkah 8 tersedia:
        | dokumen                                                                                 |
        | Laporan hasil pelaksanaan kegiatan pembinaan PKK telah di tandatangan oleh Kepala Dinas |
      Dan riwayat mencatat langkah 8 oleh "Kepala DPPPA"
      Dan langkah 9 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 8 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 8
      Maka langkah 8 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Sekretaris DPPPA   |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 8 ditolak sebelum langkah 7 selesai
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                               |
        | Draf laporan hasil pelaksanaan kegiatan pembinaan PKK |
      Maka langkah 8 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 8 memenuhi standar waktu 15 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 7 menit kerja
      Maka batas waktu langkah 8 adalah 15 Menit (15 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 8 menit kerja
      Maka batas waktu langkah 8 adalah 15 Menit (15 menit kerja) sejak langkah itu siap
      Ketika "Kepala DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Kepala DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 8 yang selesai sesudah standar waktu 15 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 16 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Kepala DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 8 yang siap Jumat pukul 15.53 mendapat batas waktu 15 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.53
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Maka batas waktu langkah 8 adalah 15 Menit (15 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Kepala DPPPA" pada jam uji, tepat waktu

  @langkah-9
  Aturan: Langkah 9 oleh Jafung / Pelaksana
    Uraian: Menerima dan mengarsipkan Laporan hasil pelaksanaan kegiatan pembinaan PKK yang telah di tandatangan Kepala Dinas
    Kelengkapan: Laporan hasil pelaksanaan kegiatan pembinaan PKK
    Output: Arsip
    Waktu: 15 Menit

    @positif
    Skenario: Langkah 9 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 8 sudah selesai
      Maka langkah 9 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil pelaksanaan kegiatan pembinaan PKK |
      Maka langkah 9 diterima
      Dan output langkah 9 tersedia:
        | dokumen |
        | Arsip   |
      Dan riwayat mencatat langkah 9 oleh "Jafung / Pelaksana"
      Dan kasus selesai

    @pelaksana-salah
    Skenario konsep: Langkah 9 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil pelaksanaan kegiatan pembinaan PKK |
      Maka langkah 9 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 9 ditolak tanpa kelengkapan "Laporan hasil pelaksanaan kegiatan pembinaan PKK"
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 9
      Maka langkah 9 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 9 ditolak sebelum langkah 8 selesai
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil pelaksanaan kegiatan pembinaan PKK |
      Maka langkah 9 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 9 memenuhi standar waktu 15 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 8 sudah selesai
      Ketika jam uji maju 7 menit kerja
      Maka batas waktu langkah 9 adalah 15 Menit (15 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 8 menit kerja
      Maka batas waktu langkah 9 adalah 15 Menit (15 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil pelaksanaan kegiatan pembinaan PKK |
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 9 yang selesai sesudah standar waktu 15 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Ketika jam uji maju 16 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil pelaksanaan kegiatan pembinaan PKK |
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 9 yang siap Jumat pukul 15.53 mendapat batas waktu 15 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.53
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Maka batas waktu langkah 9 adalah 15 Menit (15 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil pelaksanaan kegiatan pembinaan PKK |
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu
