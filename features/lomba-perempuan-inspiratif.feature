# language: id
# sopap: fitur uji kesesuaian
# Dibuat oleh `sopap features` dari SOP 'lomba-perempuan-inspiratif'; jangan disunting: ubah sumber SOP lalu jalankan lagi.
# Jalankan: pytest features/ --sop-impl=reference (lihat docs/kesesuaian.md)
@sop-lomba-perempuan-inspiratif
Fitur: Kesesuaian SOP Pelaksanaan Lomba Perempuan Inspiratif Tingkat Kota Bekasi
  SOP: Pelaksanaan Lomba Perempuan Inspiratif Tingkat Kota Bekasi
  Bidang: PUGPPKK
  Pelaksana: Wali Kota (walikota); Kepala DPPPA (kadis); Sekretaris DPPPA (sekdis); Kabid PUGPPKK (kabid); Jafung / Pelaksana (jafung)
  Setiap aturan menguji satu langkah: pelaksana, kelengkapan, output, urutan dan waktu.

  Latar Belakang:
    Jika SOP "lomba-perempuan-inspiratif" terpasang
    Dan sebuah kasus baru dimulai

  @kasus-lengkap
  Skenario: Satu kasus berjalan dari langkah 1 sampai langkah 12
    Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
      | dokumen     |
      | Surat Masuk |
    Maka langkah 1 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                |
      | Materi Persiapan Lomba |
    Maka langkah 3 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
      | dokumen |
      | Dokumen |
      | Materi  |
    Maka langkah 4 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
      | dokumen      |
      | Biodata Juri |
    Maka langkah 5 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 6 beserta dokumen:
      | dokumen         |
      | Penilaian Lomba |
    Maka langkah 6 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Ketika "Wali Kota" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 12
    Maka langkah 12 diterima
    Dan kasus selesai
    Dan output langkah 12 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kepala DPPPA       |
      | 2       | Kabid PUGPPKK      |
      | 3       | Jafung / Pelaksana |
      | 4       | Kabid PUGPPKK      |
      | 5       | Jafung / Pelaksana |
      | 6       | Kabid PUGPPKK      |
      | 7       | Jafung / Pelaksana |
      | 8       | Kabid PUGPPKK      |
      | 9       | Sekretaris DPPPA   |
      | 10      | Kepala DPPPA       |
      | 11      | Wali Kota          |
      | 12      | Jafung / Pelaksana |

  @kasus-lengkap
  Skenario: Satu kasus dengan semua dokumen dari luar sejak awal, langkah 1 sampai 12
    Jika sebuah kasus baru dimulai beserta dokumen:
      | dokumen                |
      | Surat Masuk            |
      | Materi Persiapan Lomba |
      | Dokumen                |
      | Materi                 |
      | Biodata Juri           |
      | Penilaian Lomba        |
    Ketika "Kepala DPPPA" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Ketika "Wali Kota" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 12
    Maka langkah 12 diterima
    Dan kasus selesai
    Dan output langkah 12 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kepala DPPPA       |
      | 2       | Kabid PUGPPKK      |
      | 3       | Jafung / Pelaksana |
      | 4       | Kabid PUGPPKK      |
      | 5       | Jafung / Pelaksana |
      | 6       | Kabid PUGPPKK      |
      | 7       | Jafung / Pelaksana |
      | 8       | Kabid PUGPPKK      |
      | 9       | Sekretaris DPPPA   |
      | 10      | Kepala DPPPA       |
      | 11      | Wali Kota          |
      | 12      | Jafung / Pelaksana |

  @kasus-serentak
  Skenario: Dua kasus berjalan berselang-seling tanpa saling memengaruhi
    Jika kasus "A" dimulai beserta dokumen:
      | dokumen                |
      | Surat Masuk            |
      | Materi Persiapan Lomba |
      | Dokumen                |
      | Materi                 |
      | Biodata Juri           |
      | Penilaian Lomba        |
    Dan kasus "B" dimulai
    Ketika kasus "A" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 1
    Maka langkah 1 ditolak dengan alasan MISSING_INPUT
    Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
      | dokumen     |
      | Surat Masuk |
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                |
      | Materi Persiapan Lomba |
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
      | dokumen |
      | Dokumen |
      | Materi  |
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
      | dokumen      |
      | Biodata Juri |
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 6 beserta dokumen:
      | dokumen         |
      | Penilaian Lomba |
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Sekretaris DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Sekretaris DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan langkah 10 siap untuk "Kepala DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan langkah 10 siap untuk "Kepala DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Dan langkah 11 siap untuk "Wali Kota"
    Ketika kasus "B" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Dan langkah 11 siap untuk "Wali Kota"
    Ketika kasus "A" dilanjutkan
    Dan "Wali Kota" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Dan langkah 12 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Wali Kota" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Dan langkah 12 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 12
    Maka langkah 12 diterima
    Dan kasus selesai
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 12
    Maka langkah 12 diterima
    Dan kasus selesai
    Ketika kasus "A" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kepala DPPPA       |
      | 2       | Kabid PUGPPKK      |
      | 3       | Jafung / Pelaksana |
      | 4       | Kabid PUGPPKK      |
      | 5       | Jafung / Pelaksana |
      | 6       | Kabid PUGPPKK      |
      | 7       | Jafung / Pelaksana |
      | 8       | Kabid PUGPPKK      |
      | 9       | Sekretaris DPPPA   |
      | 10      | Kepala DPPPA       |
      | 11      | Wali Kota          |
      | 12      | Jafung / Pelaksana |
    Ketika kasus "B" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kepala DPPPA       |
      | 2       | Kabid PUGPPKK      |
      | 3       | Jafung / Pelaksana |
      | 4       | Kabid PUGPPKK      |
      | 5       | Jafung / Pelaksana |
      | 6       | Kabid PUGPPKK      |
      | 7       | Jafung / Pelaksana |
      | 8       | Kabid PUGPPKK      |
      | 9       | Sekretaris DPPPA   |
      | 10      | Kepala DPPPA       |
      | 11      | Wali Kota          |
      | 12      | Jafung / Pelaksana |

  @langkah-1
  Aturan: Langkah 1 oleh Kepala DPPPA
    Uraian: Menginstruksikan Pelaksanaan Kegiatan Lomba Perempuan Inspiratif
    Kelengkapan: Surat Masuk
    Output: Surat Masuk dan Disposisi
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 1 dilaksanakan oleh Kepala DPPPA
      Maka langkah 1 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen     |
        | Surat Masuk |
      Maka langkah 1 diterima
      Dan output langkah 1 tersedia:
        | dokumen                   |
        | Surat Masuk dan Disposisi |
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA"
      Dan langkah 2 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 1 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Ketika "<pelaksana>" menyelesaikan langkah 1 beserta dokumen:
        | dokumen     |
        | Surat Masuk |
      Maka langkah 1 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Wali Kota          |
        | Sekretaris DPPPA   |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 1 ditolak tanpa kelengkapan "Surat Masuk"
      Ketika "Kepala DPPPA" menyelesaikan langkah 1
      Maka langkah 1 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 1 ditolak bila diulang
      Jika langkah 1 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen     |
        | Surat Masuk |
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
      Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen     |
        | Surat Masuk |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 1 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 31 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen     |
        | Surat Masuk |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 1 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Maka batas waktu langkah 1 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen     |
        | Surat Masuk |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA" pada jam uji, tepat waktu

  # Langkah 2: kelengkapan yang dibuat langkah sebelumnya (Surat Masuk dan Disposisi) diuji lewat output langkah 1.
  @langkah-2
  Aturan: Langkah 2 oleh Kabid PUGPPKK
    Uraian: Melakukan Rapat Persiapan Pelaksanaan Kegiatan Lomba Perempuan Inspiratif Tingkat Kota Bekasi
    Kelengkapan: Surat Masuk dan Disposisi
    Output: Surat Masuk dan Disposisi
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 2 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sudah selesai
      Maka langkah 2 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan output langkah 2 tersedia:
        | dokumen                   |
        | Surat Masuk dan Disposisi |
      Dan riwayat mencatat langkah 2 oleh "Kabid PUGPPKK"
      Dan langkah 3 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 2 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 2
      Maka langkah 2 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Wali Kota          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 2 ditolak sebelum langkah 1 selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                   |
        | Surat Masuk dan Disposisi |
      Maka langkah 2 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 2 memenuhi standar waktu 1 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 2 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 2 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 2 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 2 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Maka batas waktu langkah 2 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  # Langkah 3: kelengkapan yang dibuat langkah sebelumnya (Surat Masuk dan Disposisi) diuji lewat output langkah 1, 2.
  @langkah-3
  Aturan: Langkah 3 oleh Jafung / Pelaksana
    Uraian: Mempersiapkan bahan Rapat Koordinasi Pelaksanaan Kegiatan Lomba Perempuan Inspiratif; Membuat dan mendistribusikan surat undangan Rapat Koordinasi yang telah ditandatangani oleh Kepala DPPPA ke Kecamatan
    Kelengkapan: Surat Masuk dan Disposisi; Materi Persiapan Lomba
    Output: Surat Undangan; Lembar Absensi; Materi Persiapan Lomba
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 3 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 2 sudah selesai
      Maka langkah 3 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                |
        | Materi Persiapan Lomba |
      Maka langkah 3 diterima
      Dan output langkah 3 tersedia:
        | dokumen                |
        | Surat Undangan         |
        | Lembar Absensi         |
        | Materi Persiapan Lomba |
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana"
      Dan langkah 4 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 3 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                |
        | Materi Persiapan Lomba |
      Maka langkah 3 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Wali Kota        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "Materi Persiapan Lomba"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 3 ditolak sebelum langkah 2 selesai
      Jika langkah 1 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                   |
        | Surat Masuk dan Disposisi |
        | Materi Persiapan Lomba    |
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
        | dokumen                |
        | Materi Persiapan Lomba |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 3 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                |
        | Materi Persiapan Lomba |
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
        | dokumen                |
        | Materi Persiapan Lomba |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 4: kelengkapan yang dibuat langkah sebelumnya (Lembar Absensi) diuji lewat output langkah 3.
  @langkah-4
  Aturan: Langkah 4 oleh Kabid PUGPPKK
    Uraian: Melakukan rapat koordinasi persiapan Lomba Perempuan Inspiratif dengan Kecamatan; Melakukan koordinasi dengan Tim Juri terkait bahan penilaian dan pelaksanaan Lomba Perempuan Inspiratif
    Kelengkapan: Lembar Absensi; Dokumen; Materi
    Output: Notulen Rapat; Lembar Absensi yang sudah di isi
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 4 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 3 sudah selesai
      Maka langkah 4 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen |
        | Dokumen |
        | Materi  |
      Maka langkah 4 diterima
      Dan output langkah 4 tersedia:
        | dokumen                          |
        | Notulen Rapat                    |
        | Lembar Absensi yang sudah di isi |
      Dan riwayat mencatat langkah 4 oleh "Kabid PUGPPKK"
      Dan langkah 5 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 4 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 4 beserta dokumen:
        | dokumen |
        | Dokumen |
        | Materi  |
      Maka langkah 4 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Wali Kota          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 4 ditolak tanpa kelengkapan "Dokumen"
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen |
        | Materi  |
      Maka langkah 4 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 4 ditolak tanpa kelengkapan "Materi"
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen |
        | Dokumen |
      Maka langkah 4 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 4 ditolak sebelum langkah 3 selesai
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen        |
        | Lembar Absensi |
        | Dokumen        |
        | Materi         |
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
        | dokumen |
        | Dokumen |
        | Materi  |
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 4 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen |
        | Dokumen |
        | Materi  |
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
        | dokumen |
        | Dokumen |
        | Materi  |
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  # Langkah 5: kelengkapan yang dibuat langkah sebelumnya (Notulen Rapat) diuji lewat output langkah 4.
  @langkah-5
  Aturan: Langkah 5 oleh Jafung / Pelaksana
    Uraian: Membuat surat permohonan Tim Juri dan surat undangan peserta yang ditandatangani Kepala DPPPA dan menyiapkan perlengkapan lomba
    Kelengkapan: Biodata Juri; Notulen Rapat
    Output: Surat Permohonan Tim Juri; Surat Undangan Peserta
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 5 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 4 sudah selesai
      Maka langkah 5 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
        | dokumen      |
        | Biodata Juri |
      Maka langkah 5 diterima
      Dan output langkah 5 tersedia:
        | dokumen                   |
        | Surat Permohonan Tim Juri |
        | Surat Undangan Peserta    |
      Dan riwayat mencatat langkah 5 oleh "Jafung / Pelaksana"
      Dan langkah 6 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 5 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 5 beserta dokumen:
        | dokumen      |
        | Biodata Juri |
      Maka langkah 5 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Wali Kota        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 5 ditolak tanpa kelengkapan "Biodata Juri"
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 5
      Maka langkah 5 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 5 ditolak sebelum langkah 4 selesai
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
        | dokumen       |
        | Biodata Juri  |
        | Notulen Rapat |
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
        | dokumen      |
        | Biodata Juri |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 5 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 5 beserta dokumen:
        | dokumen      |
        | Biodata Juri |
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
        | dokumen      |
        | Biodata Juri |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  @langkah-6
  Aturan: Langkah 6 oleh Kabid PUGPPKK
    Uraian: Melaksanakan kegiatan Lomba Perempuan Inspiratif Tingkat Kota Bekasi
    Kelengkapan: Penilaian Lomba
    Output: Berita Acara hasil Lomba Perempuan Inspiratif (Pemenang)
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 6 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 5 sudah selesai
      Maka langkah 6 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 6 beserta dokumen:
        | dokumen         |
        | Penilaian Lomba |
      Maka langkah 6 diterima
      Dan output langkah 6 tersedia:
        | dokumen                                                  |
        | Berita Acara hasil Lomba Perempuan Inspiratif (Pemenang) |
      Dan riwayat mencatat langkah 6 oleh "Kabid PUGPPKK"
      Dan langkah 7 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 6 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 6 beserta dokumen:
        | dokumen         |
        | Penilaian Lomba |
      Maka langkah 6 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Wali Kota          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 6 ditolak tanpa kelengkapan "Penilaian Lomba"
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 6
      Maka langkah 6 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 6 ditolak sebelum langkah 5 selesai
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 6 beserta dokumen:
        | dokumen         |
        | Penilaian Lomba |
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
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 6 beserta dokumen:
        | dokumen         |
        | Penilaian Lomba |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 6 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 6 beserta dokumen:
        | dokumen         |
        | Penilaian Lomba |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 6 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Maka batas waktu langkah 6 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 6 beserta dokumen:
        | dokumen         |
        | Penilaian Lomba |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  # Langkah 7: kelengkapan yang dibuat langkah sebelumnya (Berita Acara hasil Lomba Perempuan Inspiratif (Pemenang)) diuji lewat output langkah 6.
  @langkah-7
  Aturan: Langkah 7 oleh Jafung / Pelaksana
    Uraian: Membuat draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi dan melakukan legal drafting ke Bagian Hukum; Membuat Laporan hasil kegiatan lomba.
    Kelengkapan: Berita Acara hasil Lomba Perempuan Inspiratif (Pemenang)
    Output: Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi; Laporan hasil kegiatan Lomba Perempuan Inspiratif
    Waktu: 5 Hari

    @positif
    Skenario: Langkah 7 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 6 sudah selesai
      Maka langkah 7 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan output langkah 7 tersedia:
        | dokumen                                                                                  |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi |
        | Laporan hasil kegiatan Lomba Perempuan Inspiratif                                        |
      Dan riwayat mencatat langkah 7 oleh "Jafung / Pelaksana"
      Dan langkah 8 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 7 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 7
      Maka langkah 7 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Wali Kota        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @urutan-salah
    Skenario: Langkah 7 ditolak sebelum langkah 6 selesai
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                                  |
        | Berita Acara hasil Lomba Perempuan Inspiratif (Pemenang) |
      Maka langkah 7 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 7 memenuhi standar waktu 5 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 1125 menit kerja
      Maka batas waktu langkah 7 adalah 5 Hari (2250 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 1125 menit kerja
      Maka batas waktu langkah 7 adalah 5 Hari (2250 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 7 yang selesai sesudah standar waktu 5 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 2251 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 7 yang siap Jumat pukul 15.30 mendapat batas waktu 5 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Maka batas waktu langkah 7 adalah 5 Hari (2250 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 2250 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 8: kelengkapan yang dibuat langkah sebelumnya (Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi; Laporan hasil kegiatan Lomba Perempuan Inspiratif) diuji lewat output langkah 7.
  @langkah-8
  Aturan: Langkah 8 oleh Kabid PUGPPKK
    Uraian: Menerima dan memaraf draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi dan laporan hasil kegiatan Lomba Perempuan Inspiratif
    Kelengkapan: Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi; Laporan hasil kegiatan Lomba Perempuan Inspiratif
    Output: Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Kabid; Laporan hasil kegiatan Lomba Perempuan Inspiratif diparaf Kabid
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 8 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 7 sudah selesai
      Maka langkah 8 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan output langkah 8 tersedia:
        | dokumen                                                                                                |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Kabid |
        | Laporan hasil kegiatan Lomba Perempuan Inspiratif diparaf Kabid                                        |
      Dan riwayat mencatat langkah 8 oleh "Kabid PUGPPKK"
      Dan langkah 9 siap untuk "Sekretaris DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 8 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 8
      Maka langkah 8 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Wali Kota          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 8 ditolak sebelum langkah 7 selesai
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                                                  |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi |
        | Laporan hasil kegiatan Lomba Perempuan Inspiratif                                        |
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
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 8 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 8 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Maka batas waktu langkah 8 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  # Langkah 9: kelengkapan yang dibuat langkah sebelumnya (Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Kabid; Laporan hasil kegiatan Lomba Perempuan Inspiratif diparaf Kabid) diuji lewat output langkah 8.
  @langkah-9
  Aturan: Langkah 9 oleh Sekretaris DPPPA
    Uraian: Menerima dan memaraf draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi dan laporan hasil kegiatan Lomba Perempuan Inspiratif
    Kelengkapan: Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Kabid; Laporan hasil kegiatan Lomba Perempuan Inspiratif diparaf Kabid
    Output: Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Sekdis; Laporan hasil kegiatan Lomba Perempuan Inspiratif diparaf Sekdis
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 9 dilaksanakan oleh Sekretaris DPPPA
      Jika langkah 1 sampai 8 sudah selesai
      Maka langkah 9 siap untuk "Sekretaris DPPPA"
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan output langkah 9 tersedia:
        | dokumen                                                                                                 |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Sekdis |
        | Laporan hasil kegiatan Lomba Perempuan Inspiratif diparaf Sekdis                                        |
      Dan riwayat mencatat langkah 9 oleh "Sekretaris DPPPA"
      Dan langkah 10 siap untuk "Kepala DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 9 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 9
      Maka langkah 9 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Wali Kota          |
        | Kepala DPPPA       |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 9 ditolak sebelum langkah 8 selesai
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                                                                                |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Kabid |
        | Laporan hasil kegiatan Lomba Perempuan Inspiratif diparaf Kabid                                        |
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
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 9 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Sekretaris DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 9 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Maka batas waktu langkah 9 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

  # Langkah 10: kelengkapan yang dibuat langkah sebelumnya (Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Sekdis; Laporan hasil kegiatan Lomba Perempuan Inspiratif diparaf Sekdis) diuji lewat output langkah 9.
  @langkah-10
  Aturan: Langkah 10 oleh Kepala DPPPA
    Uraian: Menerima dan memaraf draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi; Menerima dan menandatangani laporan hasil kegiatan Lomba Perempuan Inspiratif
    Kelengkapan: Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Sekdis; Laporan hasil kegiatan Lomba Perempuan Inspiratif diparaf Sekdis
    Output: Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Kepala DPPPA; Laporan hasil kegiatan Lomba Perempuan Inspiratif ditandatangani Kepala DPPPA
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 10 dilaksanakan oleh Kepala DPPPA
      Jika langkah 1 sampai 9 sudah selesai
      Maka langkah 10 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan output langkah 10 tersedia:
        | dokumen                                                                                                       |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Kepala DPPPA |
        | Laporan hasil kegiatan Lomba Perempuan Inspiratif ditandatangani Kepala DPPPA                                 |
      Dan riwayat mencatat langkah 10 oleh "Kepala DPPPA"
      Dan langkah 11 siap untuk "Wali Kota"

    @pelaksana-salah
    Skenario konsep: Langkah 10 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 9 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 10
      Maka langkah 10 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Wali Kota          |
        | Sekretaris DPPPA   |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 10 ditolak sebelum langkah 9 selesai
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                                                                                 |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Sekdis |
        | Laporan hasil kegiatan Lomba Perempuan Inspiratif diparaf Sekdis                                        |
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
      Ketika "Kepala DPPPA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "Kepala DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 10 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 9 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "Kepala DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 10 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 9 sudah selesai
      Maka batas waktu langkah 10 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "Kepala DPPPA" pada jam uji, tepat waktu

  # Langkah 11: kelengkapan yang dibuat langkah sebelumnya (Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Kepala DPPPA) diuji lewat output langkah 10.
  @langkah-11
  Aturan: Langkah 11 oleh Wali Kota
    Uraian: Menerima dan menandatangani draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi
    Kelengkapan: Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Kepala DPPPA
    Output: Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi ditandatangani Wali Kota
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 11 dilaksanakan oleh Wali Kota
      Jika langkah 1 sampai 10 sudah selesai
      Maka langkah 11 siap untuk "Wali Kota"
      Ketika "Wali Kota" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan output langkah 11 tersedia:
        | dokumen                                                                                                      |
        | Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi ditandatangani Wali Kota |
      Dan riwayat mencatat langkah 11 oleh "Wali Kota"
      Dan langkah 12 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 11 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 10 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 11
      Maka langkah 11 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 11 ditolak sebelum langkah 10 selesai
      Jika langkah 1 sampai 9 sudah selesai
      Ketika "Wali Kota" menyelesaikan langkah 11 beserta dokumen:
        | dokumen                                                                                                       |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi diparaf Kepala DPPPA |
      Maka langkah 11 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 11 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 10 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 11 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 11 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "Wali Kota" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "Wali Kota" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 11 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 10 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Wali Kota" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "Wali Kota" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 11 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 10 sudah selesai
      Maka batas waktu langkah 11 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Wali Kota" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "Wali Kota" pada jam uji, tepat waktu

  # Langkah 12: kelengkapan yang dibuat langkah sebelumnya (Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi ditandatangani Wali Kota; Laporan hasil kegiatan Lomba Perempuan Inspiratif ditandatangani Kepala DPPPA) diuji lewat output langkah 10, 11.
  @langkah-12
  Aturan: Langkah 12 oleh Jafung / Pelaksana
    Uraian: Mengarsipkan Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi dan laporan hasil kegiatan Lomba Perempuan Inspiratif
    Kelengkapan: Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi ditandatangani Wali Kota; Laporan hasil kegiatan Lomba Perempuan Inspiratif ditandatangani Kepala DPPPA
    Output: Arsip
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 12 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 11 sudah selesai
      Maka langkah 12 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 12
      Maka langkah 12 diterima
      Dan output langkah 12 tersedia:
        | dokumen |
        | Arsip   |
      Dan riwayat mencatat langkah 12 oleh "Jafung / Pelaksana"
      Dan kasus selesai

    @pelaksana-salah
    Skenario konsep: Langkah 12 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 11 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 12
      Maka langkah 12 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Wali Kota        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @urutan-salah
    Skenario: Langkah 12 ditolak sebelum langkah 11 selesai
      Jika langkah 1 sampai 10 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 12 beserta dokumen:
        | dokumen                                                                                                      |
        | Keputusan Wali Kota tentang Pemenang Lomba Perempuan Inspiratif tingkat Kota Bekasi ditandatangani Wali Kota |
        | Laporan hasil kegiatan Lomba Perempuan Inspiratif ditandatangani Kepala DPPPA                                |
      Maka langkah 12 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 12 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 11 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 12 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 12 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 12
      Maka langkah 12 diterima
      Dan riwayat mencatat langkah 12 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 12 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 11 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 12
      Maka langkah 12 diterima
      Dan riwayat mencatat langkah 12 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 12 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 11 sudah selesai
      Maka batas waktu langkah 12 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 12
      Maka langkah 12 diterima
      Dan riwayat mencatat langkah 12 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu
