# language: id
# sopap: fitur uji kesesuaian
# Dibuat oleh `sopap features` dari SOP 'diklat-pprg'; jangan disunting: ubah sumber SOP lalu jalankan lagi.
# Jalankan: pytest features/ --sop-impl=reference (lihat docs/kesesuaian.md)
@sop-diklat-pprg
Fitur: Kesesuaian SOP Penyelenggaraan Pendidikan dan Pelatihan Perencanaan dan Penganggaran Responsif Gender (PPRG)
  SOP: Penyelenggaraan Pendidikan dan Pelatihan Perencanaan dan Penganggaran Responsif Gender (PPRG)
  Bidang: PUGPPKK
  Pelaksana: KEPALA DPPPA (kadis); SEKRETARIS DPPPA (sekdis); KABID PUGPPKK (kabid); JAFUNG / PELAKSANA (jafung)
  Setiap aturan menguji satu langkah: pelaksana, kelengkapan, output, urutan dan waktu.

  Latar Belakang:
    Jika SOP "diklat-pprg" terpasang
    Dan sebuah kasus baru dimulai

  @kasus-lengkap
  Skenario: Satu kasus berjalan dari langkah 1 sampai langkah 10
    Ketika "KEPALA DPPPA" menyelesaikan langkah 1 beserta dokumen:
      | dokumen                  |
      | RKA bidang PUG PP dan KK |
    Maka langkah 1 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
      | dokumen                     |
      | Biodata Peserta             |
      | Daftar hadir peserta Diklat |
      | materi                      |
    Maka langkah 5 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 6 beserta dokumen:
      | dokumen                             |
      | Data GAP dan GBS yang sudah direkap |
    Maka langkah 6 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "SEKRETARIS DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Ketika "KEPALA DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 10 beserta dokumen:
      | dokumen                                        |
      | Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
    Maka langkah 10 diterima
    Dan kasus selesai
    Dan output langkah 10 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | KEPALA DPPPA       |
      | 2       | KABID PUGPPKK      |
      | 3       | JAFUNG / PELAKSANA |
      | 4       | JAFUNG / PELAKSANA |
      | 5       | KABID PUGPPKK      |
      | 6       | JAFUNG / PELAKSANA |
      | 7       | KABID PUGPPKK      |
      | 8       | SEKRETARIS DPPPA   |
      | 9       | KEPALA DPPPA       |
      | 10      | JAFUNG / PELAKSANA |

  @kasus-lengkap
  Skenario: Satu kasus dengan semua dokumen dari luar sejak awal, langkah 1 sampai 10
    Jika sebuah kasus baru dimulai beserta dokumen:
      | dokumen                                        |
      | RKA bidang PUG PP dan KK                       |
      | Biodata Peserta                                |
      | Daftar hadir peserta Diklat                    |
      | materi                                         |
      | Data GAP dan GBS yang sudah direkap            |
      | Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
    Ketika "KEPALA DPPPA" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "SEKRETARIS DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Ketika "KEPALA DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Dan kasus selesai
    Dan output langkah 10 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | KEPALA DPPPA       |
      | 2       | KABID PUGPPKK      |
      | 3       | JAFUNG / PELAKSANA |
      | 4       | JAFUNG / PELAKSANA |
      | 5       | KABID PUGPPKK      |
      | 6       | JAFUNG / PELAKSANA |
      | 7       | KABID PUGPPKK      |
      | 8       | SEKRETARIS DPPPA   |
      | 9       | KEPALA DPPPA       |
      | 10      | JAFUNG / PELAKSANA |

  @kasus-serentak
  Skenario: Dua kasus berjalan berselang-seling tanpa saling memengaruhi
    Jika kasus "A" dimulai beserta dokumen:
      | dokumen                                        |
      | RKA bidang PUG PP dan KK                       |
      | Biodata Peserta                                |
      | Daftar hadir peserta Diklat                    |
      | materi                                         |
      | Data GAP dan GBS yang sudah direkap            |
      | Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
    Dan kasus "B" dimulai
    Ketika kasus "A" dilanjutkan
    Dan "KEPALA DPPPA" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "KABID PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "KEPALA DPPPA" menyelesaikan langkah 1
    Maka langkah 1 ditolak dengan alasan MISSING_INPUT
    Ketika "KEPALA DPPPA" menyelesaikan langkah 1 beserta dokumen:
      | dokumen                  |
      | RKA bidang PUG PP dan KK |
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "KABID PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "B" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "A" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "B" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "A" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "KABID PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "KABID PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "B" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
      | dokumen                     |
      | Biodata Peserta             |
      | Daftar hadir peserta Diklat |
      | materi                      |
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "A" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "KABID PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 6 beserta dokumen:
      | dokumen                             |
      | Data GAP dan GBS yang sudah direkap |
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "KABID PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "SEKRETARIS DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "SEKRETARIS DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "SEKRETARIS DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "KEPALA DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "SEKRETARIS DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "KEPALA DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "KEPALA DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan langkah 10 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "B" dilanjutkan
    Dan "KEPALA DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan langkah 10 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "A" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Dan kasus selesai
    Ketika kasus "B" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 10 beserta dokumen:
      | dokumen                                        |
      | Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
    Maka langkah 10 diterima
    Dan kasus selesai
    Ketika kasus "A" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | KEPALA DPPPA       |
      | 2       | KABID PUGPPKK      |
      | 3       | JAFUNG / PELAKSANA |
      | 4       | JAFUNG / PELAKSANA |
      | 5       | KABID PUGPPKK      |
      | 6       | JAFUNG / PELAKSANA |
      | 7       | KABID PUGPPKK      |
      | 8       | SEKRETARIS DPPPA   |
      | 9       | KEPALA DPPPA       |
      | 10      | JAFUNG / PELAKSANA |
    Ketika kasus "B" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | KEPALA DPPPA       |
      | 2       | KABID PUGPPKK      |
      | 3       | JAFUNG / PELAKSANA |
      | 4       | JAFUNG / PELAKSANA |
      | 5       | KABID PUGPPKK      |
      | 6       | JAFUNG / PELAKSANA |
      | 7       | KABID PUGPPKK      |
      | 8       | SEKRETARIS DPPPA   |
      | 9       | KEPALA DPPPA       |
      | 10      | JAFUNG / PELAKSANA |

  @langkah-1
  Aturan: Langkah 1 oleh KEPALA DPPPA
    Uraian: Menerima, menelaah dan memberikan arahan kepada Kepala Bidang PP PUG dan KK untuk menyelenggarakan pendidikan dan pelatihan PPRG
    Kelengkapan: RKA bidang PUG PP dan KK
    Output: Disposisi
    Waktu: 1 Jam

    @positif
    Skenario: Langkah 1 dilaksanakan oleh KEPALA DPPPA
      Maka langkah 1 siap untuk "KEPALA DPPPA"
      Ketika "KEPALA DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen                  |
        | RKA bidang PUG PP dan KK |
      Maka langkah 1 diterima
      Dan output langkah 1 tersedia:
        | dokumen   |
        | Disposisi |
      Dan riwayat mencatat langkah 1 oleh "KEPALA DPPPA"
      Dan langkah 2 siap untuk "KABID PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 1 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Ketika "<pelaksana>" menyelesaikan langkah 1 beserta dokumen:
        | dokumen                  |
        | RKA bidang PUG PP dan KK |
      Maka langkah 1 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | SEKRETARIS DPPPA   |
        | KABID PUGPPKK      |
        | JAFUNG / PELAKSANA |

    @kelengkapan-kurang
    Skenario: Langkah 1 ditolak tanpa kelengkapan "RKA bidang PUG PP dan KK"
      Ketika "KEPALA DPPPA" menyelesaikan langkah 1
      Maka langkah 1 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 1 ditolak bila diulang
      Jika langkah 1 sudah selesai
      Ketika "KEPALA DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen                  |
        | RKA bidang PUG PP dan KK |
      Maka langkah 1 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 1 memenuhi standar waktu 1 Jam
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 30 menit kerja
      Maka batas waktu langkah 1 adalah 1 Jam (60 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Maka batas waktu langkah 1 adalah 1 Jam (60 menit kerja) sejak langkah itu siap
      Ketika "KEPALA DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen                  |
        | RKA bidang PUG PP dan KK |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "KEPALA DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 1 yang selesai sesudah standar waktu 1 Jam tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 61 menit kerja
      Dan "KEPALA DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen                  |
        | RKA bidang PUG PP dan KK |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "KEPALA DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 1 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Jam menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Maka batas waktu langkah 1 adalah 1 Jam (60 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 60 menit kerja
      Dan "KEPALA DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen                  |
        | RKA bidang PUG PP dan KK |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "KEPALA DPPPA" pada jam uji, tepat waktu

  # Langkah 2: kelengkapan yang dibuat langkah sebelumnya (RKA bidang PUG PP dan KK) diuji lewat output langkah sebelumnya.
  @langkah-2
  Aturan: Langkah 2 oleh KABID PUGPPKK
    Uraian: Memerintahkan Jafung/Pelaksana untuk mempersiapkan penyelenggaraan pendidikan dan pelatihan PPRG
    Kelengkapan: RKA bidang PUG PP dan KK
    Output: Disposisi
    Waktu: 1 Jam

    @positif
    Skenario: Langkah 2 dilaksanakan oleh KABID PUGPPKK
      Jika langkah 1 sudah selesai
      Maka langkah 2 siap untuk "KABID PUGPPKK"
      Ketika "KABID PUGPPKK" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan output langkah 2 tersedia:
        | dokumen   |
        | Disposisi |
      Dan riwayat mencatat langkah 2 oleh "KABID PUGPPKK"
      Dan langkah 3 siap untuk "JAFUNG / PELAKSANA"

    @pelaksana-salah
    Skenario konsep: Langkah 2 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 2
      Maka langkah 2 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | KEPALA DPPPA       |
        | SEKRETARIS DPPPA   |
        | JAFUNG / PELAKSANA |

    @urutan-salah
    Skenario: Langkah 2 ditolak sebelum langkah 1 selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                  |
        | RKA bidang PUG PP dan KK |
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
      Ketika "KABID PUGPPKK" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 2 yang selesai sesudah standar waktu 1 Jam tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 61 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "KABID PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 2 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Jam menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Maka batas waktu langkah 2 adalah 1 Jam (60 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 60 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

  # Langkah 3: kelengkapan yang dibuat langkah sebelumnya (RKA bidang PUG PP dan KK) diuji lewat output langkah sebelumnya.
  @langkah-3
  Aturan: Langkah 3 oleh JAFUNG / PELAKSANA
    Uraian: Melakukan koordinasi untuk menentukan tempat dan waktu kegiatan dan narasumber
    Kelengkapan: RKA bidang PUG PP dan KK
    Output: Biodata Narasumber; Data OPD se-Kota Bekasi
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 3 dilaksanakan oleh JAFUNG / PELAKSANA
      Jika langkah 1 sampai 2 sudah selesai
      Maka langkah 3 siap untuk "JAFUNG / PELAKSANA"
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 3
      Maka langkah 3 diterima
      Dan output langkah 3 tersedia:
        | dokumen                 |
        | Biodata Narasumber      |
        | Data OPD se-Kota Bekasi |
      Dan riwayat mencatat langkah 3 oleh "JAFUNG / PELAKSANA"
      Dan langkah 4 siap untuk "JAFUNG / PELAKSANA"

    @pelaksana-salah
    Skenario konsep: Langkah 3 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 3
      Maka langkah 3 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | KEPALA DPPPA     |
        | SEKRETARIS DPPPA |
        | KABID PUGPPKK    |

    @urutan-salah
    Skenario: Langkah 3 ditolak sebelum langkah 2 selesai
      Jika langkah 1 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                  |
        | RKA bidang PUG PP dan KK |
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
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 3
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 3 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 3
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "JAFUNG / PELAKSANA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 3 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Maka batas waktu langkah 3 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 3
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

  # Langkah 4: kelengkapan yang dibuat langkah sebelumnya (Biodata Narasumber; Data OPD se-Kota Bekasi) diuji lewat output langkah 3.
  @langkah-4
  Aturan: Langkah 4 oleh JAFUNG / PELAKSANA
    Uraian: Membuat dan mendistribusikan surat undangan peserta dan permohonan narasumber yang telah ditandatangani oleh Kepala DPPPA
    Kelengkapan: Biodata Narasumber; Data OPD se-Kota Bekasi
    Output: Surat Undangan Peserta; Surat Permohonan Narasumber
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 4 dilaksanakan oleh JAFUNG / PELAKSANA
      Jika langkah 1 sampai 3 sudah selesai
      Maka langkah 4 siap untuk "JAFUNG / PELAKSANA"
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan output langkah 4 tersedia:
        | dokumen                     |
        | Surat Undangan Peserta      |
        | Surat Permohonan Narasumber |
      Dan riwayat mencatat langkah 4 oleh "JAFUNG / PELAKSANA"
      Dan langkah 5 siap untuk "KABID PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 4 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 4
      Maka langkah 4 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | KEPALA DPPPA     |
        | SEKRETARIS DPPPA |
        | KABID PUGPPKK    |

    @urutan-salah
    Skenario: Langkah 4 ditolak sebelum langkah 3 selesai
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 4 beserta dokumen:
        | dokumen                 |
        | Biodata Narasumber      |
        | Data OPD se-Kota Bekasi |
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
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 4 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "JAFUNG / PELAKSANA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 4 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Maka batas waktu langkah 4 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

  @langkah-5
  Aturan: Langkah 5 oleh KABID PUGPPKK
    Uraian: Melaksanakan kegiatan pendidikan dan pelatihan PPRG
    Kelengkapan: Biodata Peserta; Daftar hadir peserta Diklat; materi
    Output: Dokumentasi; Data GAP dan GBS dari tiap OPD
    Waktu: 3 Hari

    @positif
    Skenario: Langkah 5 dilaksanakan oleh KABID PUGPPKK
      Jika langkah 1 sampai 4 sudah selesai
      Maka langkah 5 siap untuk "KABID PUGPPKK"
      Ketika "KABID PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                     |
        | Biodata Peserta             |
        | Daftar hadir peserta Diklat |
        | materi                      |
      Maka langkah 5 diterima
      Dan output langkah 5 tersedia:
        | dokumen                        |
        | Dokumentasi                    |
        | Data GAP dan GBS dari tiap OPD |
      Dan riwayat mencatat langkah 5 oleh "KABID PUGPPKK"
      Dan langkah 6 siap untuk "JAFUNG / PELAKSANA"

    @pelaksana-salah
    Skenario konsep: Langkah 5 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                     |
        | Biodata Peserta             |
        | Daftar hadir peserta Diklat |
        | materi                      |
      Maka langkah 5 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | KEPALA DPPPA       |
        | SEKRETARIS DPPPA   |
        | JAFUNG / PELAKSANA |

    @kelengkapan-kurang
    Skenario: Langkah 5 ditolak tanpa kelengkapan "Biodata Peserta"
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                     |
        | Daftar hadir peserta Diklat |
        | materi                      |
      Maka langkah 5 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 5 ditolak tanpa kelengkapan "Daftar hadir peserta Diklat"
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen         |
        | Biodata Peserta |
        | materi          |
      Maka langkah 5 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 5 ditolak tanpa kelengkapan "materi"
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                     |
        | Biodata Peserta             |
        | Daftar hadir peserta Diklat |
      Maka langkah 5 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 5 ditolak sebelum langkah 4 selesai
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                     |
        | Biodata Peserta             |
        | Daftar hadir peserta Diklat |
        | materi                      |
      Maka langkah 5 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 5 memenuhi standar waktu 3 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 675 menit kerja
      Maka batas waktu langkah 5 adalah 3 Hari (1350 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 675 menit kerja
      Maka batas waktu langkah 5 adalah 3 Hari (1350 menit kerja) sejak langkah itu siap
      Ketika "KABID PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                     |
        | Biodata Peserta             |
        | Daftar hadir peserta Diklat |
        | materi                      |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 5 yang selesai sesudah standar waktu 3 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 1351 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                     |
        | Biodata Peserta             |
        | Daftar hadir peserta Diklat |
        | materi                      |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "KABID PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 5 yang siap Jumat pukul 15.30 mendapat batas waktu 3 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Maka batas waktu langkah 5 adalah 3 Hari (1350 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 1350 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                     |
        | Biodata Peserta             |
        | Daftar hadir peserta Diklat |
        | materi                      |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

  # Langkah 6: kelengkapan yang dibuat langkah sebelumnya (Dokumentasi) diuji lewat output langkah 5.
  @langkah-6
  Aturan: Langkah 6 oleh JAFUNG / PELAKSANA
    Uraian: Membuat draf Laporan Kegiatan pendidikan dan pelatihan PPRG
    Kelengkapan: Dokumentasi; Data GAP dan GBS yang sudah direkap
    Output: draf Laporan Kegiatan pendidikan dan pelatihan PPRG
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 6 dilaksanakan oleh JAFUNG / PELAKSANA
      Jika langkah 1 sampai 5 sudah selesai
      Maka langkah 6 siap untuk "JAFUNG / PELAKSANA"
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Data GAP dan GBS yang sudah direkap |
      Maka langkah 6 diterima
      Dan output langkah 6 tersedia:
        | dokumen                                             |
        | draf Laporan Kegiatan pendidikan dan pelatihan PPRG |
      Dan riwayat mencatat langkah 6 oleh "JAFUNG / PELAKSANA"
      Dan langkah 7 siap untuk "KABID PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 6 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Data GAP dan GBS yang sudah direkap |
      Maka langkah 6 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | KEPALA DPPPA     |
        | SEKRETARIS DPPPA |
        | KABID PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 6 ditolak tanpa kelengkapan "Data GAP dan GBS yang sudah direkap"
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 6
      Maka langkah 6 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 6 ditolak sebelum langkah 5 selesai
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Dokumentasi                         |
        | Data GAP dan GBS yang sudah direkap |
      Maka langkah 6 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 6 memenuhi standar waktu 1 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 5 sudah selesai
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 6 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 6 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Data GAP dan GBS yang sudah direkap |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 6 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Data GAP dan GBS yang sudah direkap |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "JAFUNG / PELAKSANA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 6 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Maka batas waktu langkah 6 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Data GAP dan GBS yang sudah direkap |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

  # Langkah 7: kelengkapan yang dibuat langkah sebelumnya (Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG) diuji lewat output langkah 6.
  @langkah-7
  Aturan: Langkah 7 oleh KABID PUGPPKK
    Uraian: Menerima, menelaah, memeriksa dan memaraf draf laporan kegiatan pendidikan dan pelatihan PPRG
    Kelengkapan: Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG
    Output: Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG telah diparaf Kabid
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 7 dilaksanakan oleh KABID PUGPPKK
      Jika langkah 1 sampai 6 sudah selesai
      Maka langkah 7 siap untuk "KABID PUGPPKK"
      Ketika "KABID PUGPPKK" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan output langkah 7 tersedia:
        | dokumen                                                                 |
        | Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG telah diparaf Kabid |
      Dan riwayat mencatat langkah 7 oleh "KABID PUGPPKK"
      Dan langkah 8 siap untuk "SEKRETARIS DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 7 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 7
      Maka langkah 7 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | KEPALA DPPPA       |
        | SEKRETARIS DPPPA   |
        | JAFUNG / PELAKSANA |

    @urutan-salah
    Skenario: Langkah 7 ditolak sebelum langkah 6 selesai
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                             |
        | Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
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
      Ketika "KABID PUGPPKK" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 7 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "KABID PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 7 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Maka batas waktu langkah 7 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

  # Langkah 8: kelengkapan yang dibuat langkah sebelumnya (Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG) diuji lewat output langkah 6.
  @langkah-8
  Aturan: Langkah 8 oleh SEKRETARIS DPPPA
    Uraian: Menerima, menelaah, memeriksa dan memaraf draf laporan kegiatan pendidikan dan pelatihan PPRG
    Kelengkapan: Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG
    Output: Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG telah diparaf Sekretaris DPPPA
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 8 dilaksanakan oleh SEKRETARIS DPPPA
      Jika langkah 1 sampai 7 sudah selesai
      Maka langkah 8 siap untuk "SEKRETARIS DPPPA"
      Ketika "SEKRETARIS DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan output langkah 8 tersedia:
        | dokumen                                                                            |
        | Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG telah diparaf Sekretaris DPPPA |
      Dan riwayat mencatat langkah 8 oleh "SEKRETARIS DPPPA"
      Dan langkah 9 siap untuk "KEPALA DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 8 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 8
      Maka langkah 8 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | KEPALA DPPPA       |
        | KABID PUGPPKK      |
        | JAFUNG / PELAKSANA |

    @urutan-salah
    Skenario: Langkah 8 ditolak sebelum langkah 7 selesai
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "SEKRETARIS DPPPA" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                             |
        | Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
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
      Ketika "SEKRETARIS DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "SEKRETARIS DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 8 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "SEKRETARIS DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "SEKRETARIS DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 8 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Maka batas waktu langkah 8 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "SEKRETARIS DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "SEKRETARIS DPPPA" pada jam uji, tepat waktu

  # Langkah 9: kelengkapan yang dibuat langkah sebelumnya (Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG) diuji lewat output langkah 6.
  @langkah-9
  Aturan: Langkah 9 oleh KEPALA DPPPA
    Uraian: Menerima, memeriksa dan menandatangani draf laporan hasil kegiatan pendidikan dan pelatihan PPRG
    Kelengkapan: Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG
    Output: Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG ditandatangan Kepala DPPPA
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 9 dilaksanakan oleh KEPALA DPPPA
      Jika langkah 1 sampai 8 sudah selesai
      Maka langkah 9 siap untuk "KEPALA DPPPA"
      Ketika "KEPALA DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan output langkah 9 tersedia:
        | dokumen                                                                        |
        | Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG ditandatangan Kepala DPPPA |
      Dan riwayat mencatat langkah 9 oleh "KEPALA DPPPA"
      Dan langkah 10 siap untuk "JAFUNG / PELAKSANA"

    @pelaksana-salah
    Skenario konsep: Langkah 9 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 9
      Maka langkah 9 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | SEKRETARIS DPPPA   |
        | KABID PUGPPKK      |
        | JAFUNG / PELAKSANA |

    @urutan-salah
    Skenario: Langkah 9 ditolak sebelum langkah 8 selesai
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "KEPALA DPPPA" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                             |
        | Draf Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
      Maka langkah 9 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 9 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 8 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 9 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 9 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "KEPALA DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "KEPALA DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 9 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "KEPALA DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "KEPALA DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 9 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Maka batas waktu langkah 9 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "KEPALA DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "KEPALA DPPPA" pada jam uji, tepat waktu

  @langkah-10
  Aturan: Langkah 10 oleh JAFUNG / PELAKSANA
    Uraian: Mengarsipkan laporan kegiatan pandidikan dan pelatihan PPRG
    Kelengkapan: Laporan Kegiatan Pendidikan dan Pelatihan PPRG
    Output: Arsip
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 10 dilaksanakan oleh JAFUNG / PELAKSANA
      Jika langkah 1 sampai 9 sudah selesai
      Maka langkah 10 siap untuk "JAFUNG / PELAKSANA"
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                        |
        | Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
      Maka langkah 10 diterima
      Dan output langkah 10 tersedia:
        | dokumen |
        | Arsip   |
      Dan riwayat mencatat langkah 10 oleh "JAFUNG / PELAKSANA"
      Dan kasus selesai

    @pelaksana-salah
    Skenario konsep: Langkah 10 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 9 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                        |
        | Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
      Maka langkah 10 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | KEPALA DPPPA     |
        | SEKRETARIS DPPPA |
        | KABID PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 10 ditolak tanpa kelengkapan "Laporan Kegiatan Pendidikan dan Pelatihan PPRG"
      Jika langkah 1 sampai 9 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 10
      Maka langkah 10 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 10 ditolak sebelum langkah 9 selesai
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                        |
        | Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
      Maka langkah 10 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 10 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 9 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 10 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 10 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                        |
        | Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 10 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 9 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                        |
        | Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "JAFUNG / PELAKSANA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 10 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 9 sudah selesai
      Maka batas waktu langkah 10 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                        |
        | Laporan Kegiatan Pendidikan dan Pelatihan PPRG |
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu
