# language: id
# sopap: fitur uji kesesuaian
# Dibuat oleh `sopap features` dari SOP 'pembinaan-gow'; jangan disunting: ubah sumber SOP lalu jalankan lagi.
# Jalankan: pytest features/ --sop-impl=reference (lihat docs/kesesuaian.md)
@sop-pembinaan-gow
Fitur: Kesesuaian SOP Pembinaan Gabungan Organisasi Wanita (GOW)
  SOP: Pembinaan Gabungan Organisasi Wanita (GOW)
  Bidang: PUGPPKK
  Pelaksana: Kadis DPPPA (kadis); Sekdis DPPPA (sekdis); Kabid PUGPPKK (kabid); Jafung / Pelaksana (jafung)
  Setiap aturan menguji satu langkah: pelaksana, kelengkapan, output, urutan dan waktu.

  Latar Belakang:
    Jika SOP "pembinaan-gow" terpasang
    Dan sebuah kasus baru dimulai

  @kasus-lengkap
  Skenario: Satu kasus berjalan dari langkah 1 sampai langkah 9
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
      | dokumen          |
      | Lembar disposisi |
    Maka langkah 1 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                                     |
      | RKA                                         |
      | Jadwal Kegiatan                             |
      | Biodata Narasumber                          |
      | Daftar Hadir Peserta Kegiatan Pembinaan GOW |
    Maka langkah 3 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
      | dokumen |
      | Materi  |
    Maka langkah 4 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "Sekdis DPPPA" menyelesaikan langkah 7 beserta dokumen:
      | dokumen                                                                     |
      | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK |
    Maka langkah 7 diterima
    Ketika "Kadis DPPPA" menyelesaikan langkah 8 beserta dokumen:
      | dokumen                                                              |
      | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA |
    Maka langkah 8 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
      | dokumen                                                          |
      | Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA |
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
      | 7       | Sekdis DPPPA       |
      | 8       | Kadis DPPPA        |
      | 9       | Jafung / Pelaksana |

  @kasus-lengkap
  Skenario: Satu kasus dengan semua dokumen dari luar sejak awal, langkah 1 sampai 9
    Jika sebuah kasus baru dimulai beserta dokumen:
      | dokumen                                                                     |
      | Lembar disposisi                                                            |
      | RKA                                                                         |
      | Jadwal Kegiatan                                                             |
      | Biodata Narasumber                                                          |
      | Daftar Hadir Peserta Kegiatan Pembinaan GOW                                 |
      | Materi                                                                      |
      | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK |
      | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA        |
      | Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA            |
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
    Ketika "Sekdis DPPPA" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "Kadis DPPPA" menyelesaikan langkah 8
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
      | 7       | Sekdis DPPPA       |
      | 8       | Kadis DPPPA        |
      | 9       | Jafung / Pelaksana |

  @kasus-serentak
  Skenario: Dua kasus berjalan berselang-seling tanpa saling memengaruhi
    Jika kasus "A" dimulai beserta dokumen:
      | dokumen                                                                     |
      | Lembar disposisi                                                            |
      | RKA                                                                         |
      | Jadwal Kegiatan                                                             |
      | Biodata Narasumber                                                          |
      | Daftar Hadir Peserta Kegiatan Pembinaan GOW                                 |
      | Materi                                                                      |
      | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK |
      | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA        |
      | Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA            |
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
    Dan langkah 3 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                                     |
      | RKA                                         |
      | Jadwal Kegiatan                             |
      | Biodata Narasumber                          |
      | Daftar Hadir Peserta Kegiatan Pembinaan GOW |
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
      | dokumen |
      | Materi  |
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Sekdis DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Sekdis DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Sekdis DPPPA" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Kadis DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Sekdis DPPPA" menyelesaikan langkah 7 beserta dokumen:
      | dokumen                                                                     |
      | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK |
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Kadis DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Kadis DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kadis DPPPA" menyelesaikan langkah 8 beserta dokumen:
      | dokumen                                                              |
      | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA |
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan kasus selesai
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
      | dokumen                                                          |
      | Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA |
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
      | 7       | Sekdis DPPPA       |
      | 8       | Kadis DPPPA        |
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
      | 7       | Sekdis DPPPA       |
      | 8       | Kadis DPPPA        |
      | 9       | Jafung / Pelaksana |

  @langkah-1
  Aturan: Langkah 1 oleh Kabid PUGPPKK
    Uraian: Memerintahkan Jafung / Pelaksana untuk mempersiapkan kegiatan Pembinaan Gabungan Organisasi Wanita (GOW)
    Kelengkapan: Lembar disposisi
    Output: Disposisi
    Waktu: 10 Menit

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
        | Kadis DPPPA        |
        | Sekdis DPPPA       |
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
    Skenario: Langkah 1 memenuhi standar waktu 10 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 1 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 1 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar disposisi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 1 yang selesai sesudah standar waktu 10 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 11 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar disposisi |
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
        | Lembar disposisi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  # Langkah 2: kelengkapan yang dibuat langkah sebelumnya (Disposisi) diuji lewat output langkah 1.
  @langkah-2
  Aturan: Langkah 2 oleh Jafung / Pelaksana
    Uraian: Melakukan rapat persiapan kegiatan Pembinaan Gabungan Organisasi Wanita (GOW)
    Kelengkapan: Disposisi
    Output: Notulen
    Waktu: 1 Jam

    @positif
    Skenario: Langkah 2 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sudah selesai
      Maka langkah 2 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan output langkah 2 tersedia:
        | dokumen |
        | Notulen |
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana"
      Dan langkah 3 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 2 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 2
      Maka langkah 2 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana     |
        | Kadis DPPPA   |
        | Sekdis DPPPA  |
        | Kabid PUGPPKK |

    @urutan-salah
    Skenario: Langkah 2 ditolak sebelum langkah 1 selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen   |
        | Disposisi |
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
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 2 yang selesai sesudah standar waktu 1 Jam tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 61 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 2 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Jam menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Maka batas waktu langkah 2 adalah 1 Jam (60 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 60 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 3: kelengkapan yang dibuat langkah sebelumnya (Notulen) diuji lewat output langkah 2.
  @langkah-3
  Aturan: Langkah 3 oleh Jafung / Pelaksana
    Uraian: Melakukan koordinasi dengan Ketua Gabungan Organisasi Wanita (GOW); Menyiapkan Jadwal Kegiatan Pembinaan selama 1 tahun, materi dan narasumber; Melakukan Koordinasi dengan Narasumber; Menyiapkan Surat Permohonan Narasumber, Surat Undangan Permohonan Peserta Pembinaan yang ditandatangan oleh Kepala DPPPA; Menyiapkan Daftar Hadir Peserta dan Narasumber; Menyiapkan Perlengkapan Pelaksanaan Kegiatan Pembinaan GOW
    Kelengkapan: RKA; Notulen; Jadwal Kegiatan; Biodata Narasumber; Daftar Hadir Peserta Kegiatan Pembinaan GOW
    Output: Surat Undangan untuk narasumber; Surat Undangan Peserta Pembinaan; Daftar Hadir
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 3 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 2 sudah selesai
      Maka langkah 3 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | RKA                                         |
        | Jadwal Kegiatan                             |
        | Biodata Narasumber                          |
        | Daftar Hadir Peserta Kegiatan Pembinaan GOW |
      Maka langkah 3 diterima
      Dan output langkah 3 tersedia:
        | dokumen                          |
        | Surat Undangan untuk narasumber  |
        | Surat Undangan Peserta Pembinaan |
        | Daftar Hadir                     |
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana"
      Dan langkah 4 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 3 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | RKA                                         |
        | Jadwal Kegiatan                             |
        | Biodata Narasumber                          |
        | Daftar Hadir Peserta Kegiatan Pembinaan GOW |
      Maka langkah 3 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana     |
        | Kadis DPPPA   |
        | Sekdis DPPPA  |
        | Kabid PUGPPKK |

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "RKA"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | Jadwal Kegiatan                             |
        | Biodata Narasumber                          |
        | Daftar Hadir Peserta Kegiatan Pembinaan GOW |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "Jadwal Kegiatan"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | RKA                                         |
        | Biodata Narasumber                          |
        | Daftar Hadir Peserta Kegiatan Pembinaan GOW |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "Biodata Narasumber"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | RKA                                         |
        | Jadwal Kegiatan                             |
        | Daftar Hadir Peserta Kegiatan Pembinaan GOW |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "Daftar Hadir Peserta Kegiatan Pembinaan GOW"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen            |
        | RKA                |
        | Jadwal Kegiatan    |
        | Biodata Narasumber |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 3 ditolak sebelum langkah 2 selesai
      Jika langkah 1 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | RKA                                         |
        | Notulen                                     |
        | Jadwal Kegiatan                             |
        | Biodata Narasumber                          |
        | Daftar Hadir Peserta Kegiatan Pembinaan GOW |
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
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | RKA                                         |
        | Jadwal Kegiatan                             |
        | Biodata Narasumber                          |
        | Daftar Hadir Peserta Kegiatan Pembinaan GOW |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 3 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | RKA                                         |
        | Jadwal Kegiatan                             |
        | Biodata Narasumber                          |
        | Daftar Hadir Peserta Kegiatan Pembinaan GOW |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 3 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Maka batas waktu langkah 3 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | RKA                                         |
        | Jadwal Kegiatan                             |
        | Biodata Narasumber                          |
        | Daftar Hadir Peserta Kegiatan Pembinaan GOW |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 4: kelengkapan yang dibuat langkah sebelumnya (daftar hadir) diuji lewat output langkah 3.
  @langkah-4
  Aturan: Langkah 4 oleh Kabid PUGPPKK
    Uraian: Melaksanakan Pembinaan GOW
    Kelengkapan: Materi; daftar hadir
    Output: Dokumentasi; Daftar Hadir yang sudah di tanda tangan
    Waktu: -

    @positif
    Skenario: Langkah 4 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 3 sudah selesai
      Maka langkah 4 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen |
        | Materi  |
      Maka langkah 4 diterima
      Dan output langkah 4 tersedia:
        | dokumen                                 |
        | Dokumentasi                             |
        | Daftar Hadir yang sudah di tanda tangan |
      Dan riwayat mencatat langkah 4 oleh "Kabid PUGPPKK"
      Dan langkah 5 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 4 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 4 beserta dokumen:
        | dokumen |
        | Materi  |
      Maka langkah 4 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kadis DPPPA        |
        | Sekdis DPPPA       |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 4 ditolak tanpa kelengkapan "Materi"
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4
      Maka langkah 4 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 4 ditolak sebelum langkah 3 selesai
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen      |
        | Materi       |
        | daftar hadir |
      Maka langkah 4 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

  # Langkah 5: kelengkapan yang dibuat langkah sebelumnya (Dokumentasi; Daftar Hadir yang sudah di tanda tangan) diuji lewat output langkah 4.
  @langkah-5
  Aturan: Langkah 5 oleh Jafung / Pelaksana
    Uraian: Membuat draf laporan hasil Kegiatan Pembinaan GOW
    Kelengkapan: Dokumentasi; Daftar Hadir yang sudah di tanda tangan
    Output: Draf Laporan Kegiatan Pembinaan GOW
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 5 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 4 sudah selesai
      Maka langkah 5 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan output langkah 5 tersedia:
        | dokumen                             |
        | Draf Laporan Kegiatan Pembinaan GOW |
      Dan riwayat mencatat langkah 5 oleh "Jafung / Pelaksana"
      Dan langkah 6 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 5 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 5
      Maka langkah 5 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana     |
        | Kadis DPPPA   |
        | Sekdis DPPPA  |
        | Kabid PUGPPKK |

    @urutan-salah
    Skenario: Langkah 5 ditolak sebelum langkah 4 selesai
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                                 |
        | Dokumentasi                             |
        | Daftar Hadir yang sudah di tanda tangan |
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
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 5 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 5 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Maka batas waktu langkah 5 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 6: kelengkapan yang dibuat langkah sebelumnya (Draf Laporan Kegiatan Pembinaan GOW) diuji lewat output langkah 5.
  @langkah-6
  Aturan: Langkah 6 oleh Kabid PUGPPKK
    Uraian: Menerima, memeriksa dan memaraf draf laporan hasil Kegiatan Pembinaan GOW
    Kelengkapan: Draf Laporan Kegiatan Pembinaan GOW
    Output: Draf Laporan Kegiatan Pembinaan GOW sudah di paraf Kabid PUG PP dan KK
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 6 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 5 sudah selesai
      Maka langkah 6 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan output langkah 6 tersedia:
        | dokumen                                                                |
        | Draf Laporan Kegiatan Pembinaan GOW sudah di paraf Kabid PUG PP dan KK |
      Dan riwayat mencatat langkah 6 oleh "Kabid PUGPPKK"
      Dan langkah 7 siap untuk "Sekdis DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 6 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 6
      Maka langkah 6 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kadis DPPPA        |
        | Sekdis DPPPA       |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 6 ditolak sebelum langkah 5 selesai
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Draf Laporan Kegiatan Pembinaan GOW |
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
  Aturan: Langkah 7 oleh Sekdis DPPPA
    Uraian: Menerima, memeriksa dan memaraf draf laporan hasil Kegiatan Pembinaan GOW
    Kelengkapan: Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK
    Output: Draf Laporan Kegiatan Pembinaan GOW sudah di paraf Sekdis DPPPA
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 7 dilaksanakan oleh Sekdis DPPPA
      Jika langkah 1 sampai 6 sudah selesai
      Maka langkah 7 siap untuk "Sekdis DPPPA"
      Ketika "Sekdis DPPPA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                                                     |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK |
      Maka langkah 7 diterima
      Dan output langkah 7 tersedia:
        | dokumen                                                         |
        | Draf Laporan Kegiatan Pembinaan GOW sudah di paraf Sekdis DPPPA |
      Dan riwayat mencatat langkah 7 oleh "Sekdis DPPPA"
      Dan langkah 8 siap untuk "Kadis DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 7 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                                                     |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK |
      Maka langkah 7 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kadis DPPPA        |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 7 ditolak tanpa kelengkapan "Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK"
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "Sekdis DPPPA" menyelesaikan langkah 7
      Maka langkah 7 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 7 ditolak sebelum langkah 6 selesai
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "Sekdis DPPPA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                                                     |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK |
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
      Ketika "Sekdis DPPPA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                                                     |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Sekdis DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 7 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Sekdis DPPPA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                                                     |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Sekdis DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 7 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Maka batas waktu langkah 7 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Sekdis DPPPA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                                                     |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Kabid PUG PP dan KK |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Sekdis DPPPA" pada jam uji, tepat waktu

  @langkah-8
  Aturan: Langkah 8 oleh Kadis DPPPA
    Uraian: Menerima, memeriksa dan menandatangani draf laporan hasil Kegiatan Pembinaan GOW
    Kelengkapan: Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA
    Output: Draf Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA
    Waktu: 15 Menit

    @positif
    Skenario: Langkah 8 dilaksanakan oleh Kadis DPPPA
      Jika langkah 1 sampai 7 sudah selesai
      Maka langkah 8 siap untuk "Kadis DPPPA"
      Ketika "Kadis DPPPA" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                              |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA |
      Maka langkah 8 diterima
      Dan output langkah 8 tersedia:
        | dokumen                                                               |
        | Draf Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA |
      Dan riwayat mencatat langkah 8 oleh "Kadis DPPPA"
      Dan langkah 9 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 8 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                              |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA |
      Maka langkah 8 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Sekdis DPPPA       |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 8 ditolak tanpa kelengkapan "Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA"
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "Kadis DPPPA" menyelesaikan langkah 8
      Maka langkah 8 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 8 ditolak sebelum langkah 7 selesai
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "Kadis DPPPA" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                              |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA |
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
      Ketika "Kadis DPPPA" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                              |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Kadis DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 8 yang selesai sesudah standar waktu 15 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 16 menit kerja
      Dan "Kadis DPPPA" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                              |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Kadis DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 8 yang siap Jumat pukul 15.53 mendapat batas waktu 15 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.53
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Maka batas waktu langkah 8 adalah 15 Menit (15 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Dan "Kadis DPPPA" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                              |
        | Draf Laporan Kegiatan Pembinaan GOW yang sudah di paraf Sekdis DPPPA |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Kadis DPPPA" pada jam uji, tepat waktu

  @langkah-9
  Aturan: Langkah 9 oleh Jafung / Pelaksana
    Uraian: Mengarsipkan Laporan hasil Kegiatan Pembinaan GOW
    Kelengkapan: Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA
    Output: Arsip
    Waktu: 15 Menit

    @positif
    Skenario: Langkah 9 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 8 sudah selesai
      Maka langkah 9 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                                          |
        | Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA |
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
        | dokumen                                                          |
        | Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA |
      Maka langkah 9 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana     |
        | Kadis DPPPA   |
        | Sekdis DPPPA  |
        | Kabid PUGPPKK |

    @kelengkapan-kurang
    Skenario: Langkah 9 ditolak tanpa kelengkapan "Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA"
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 9
      Maka langkah 9 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 9 ditolak sebelum langkah 8 selesai
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                                          |
        | Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA |
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
        | dokumen                                                          |
        | Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA |
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 9 yang selesai sesudah standar waktu 15 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Ketika jam uji maju 16 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                                          |
        | Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA |
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
        | dokumen                                                          |
        | Laporan Kegiatan Pembinaan GOW sudah di tandatangan Kepala DPPPA |
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu
