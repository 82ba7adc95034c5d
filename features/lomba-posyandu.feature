# language: id
# sopap: fitur uji kesesuaian
# Dibuat oleh `sopap features` dari SOP 'lomba-posyandu'; jangan disunting: ubah sumber SOP lalu jalankan lagi.
# Jalankan: pytest features/ --sop-impl=reference (lihat docs/kesesuaian.md)
@sop-lomba-posyandu
Fitur: Kesesuaian SOP Lomba Posyandu
  SOP: Lomba Posyandu
  Bidang: PUGPPKK
  Pelaksana: Wali Kota (walikota); Kepala DPPPA (kadis); Sekretaris DPPPA (sekdis); Kabid PUG PP dan KK (kabid); Jafung / Pelaksana (jafung); Tim Penilai (tim-penilai)
  Setiap aturan menguji satu langkah: pelaksana, kelengkapan, output, urutan dan waktu.

  Latar Belakang:
    Jika SOP "lomba-posyandu" terpasang
    Dan sebuah kasus baru dimulai

  @kasus-lengkap
  Skenario: Satu kasus berjalan dari langkah 1 sampai langkah 11
    Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
      | dokumen                                 |
      | Surat pemberitahuan lomba dari Provinsi |
    Maka langkah 1 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "Kabid PUG PP dan KK" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                            |
      | Data Posyandu yang akan ikut lomba |
    Maka langkah 3 diterima
    Ketika "Tim Penilai" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "Tim Penilai" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "Kabid PUG PP dan KK" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Ketika "Wali Kota" menyelesaikan langkah 10 beserta dokumen:
      | dokumen                                              |
      | Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi |
    Maka langkah 10 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 11 beserta dokumen:
      | dokumen                                                                                          |
      | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota |
      | Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA                                 |
    Maka langkah 11 diterima
    Dan kasus selesai
    Dan output langkah 11 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana           |
      | 1       | Kepala DPPPA        |
      | 2       | Jafung / Pelaksana  |
      | 3       | Kabid PUG PP dan KK |
      | 4       | Tim Penilai         |
      | 5       | Tim Penilai         |
      | 6       | Jafung / Pelaksana  |
      | 7       | Kabid PUG PP dan KK |
      | 8       | Sekretaris DPPPA    |
      | 9       | Kepala DPPPA        |
      | 10      | Wali Kota           |
      | 11      | Jafung / Pelaksana  |

  @kasus-lengkap
  Skenario: Satu kasus dengan semua dokumen dari luar sejak awal, langkah 1 sampai 11
    Jika sebuah kasus baru dimulai beserta dokumen:
      | dokumen                                                                                          |
      | Surat pemberitahuan lomba dari Provinsi                                                          |
      | Data Posyandu yang akan ikut lomba                                                               |
      | Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi                                             |
      | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota |
      | Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA                                 |
    Ketika "Kepala DPPPA" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "Kabid PUG PP dan KK" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Ketika "Tim Penilai" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "Tim Penilai" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "Kabid PUG PP dan KK" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Ketika "Wali Kota" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Dan kasus selesai
    Dan output langkah 11 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana           |
      | 1       | Kepala DPPPA        |
      | 2       | Jafung / Pelaksana  |
      | 3       | Kabid PUG PP dan KK |
      | 4       | Tim Penilai         |
      | 5       | Tim Penilai         |
      | 6       | Jafung / Pelaksana  |
      | 7       | Kabid PUG PP dan KK |
      | 8       | Sekretaris DPPPA    |
      | 9       | Kepala DPPPA        |
      | 10      | Wali Kota           |
      | 11      | Jafung / Pelaksana  |

  @kasus-serentak
  Skenario: Dua kasus berjalan berselang-seling tanpa saling memengaruhi
    Jika kasus "A" dimulai beserta dokumen:
      | dokumen                                                                                          |
      | Surat pemberitahuan lomba dari Provinsi                                                          |
      | Data Posyandu yang akan ikut lomba                                                               |
      | Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi                                             |
      | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota |
      | Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA                                 |
    Dan kasus "B" dimulai
    Ketika kasus "A" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 1
    Maka langkah 1 ditolak dengan alasan MISSING_INPUT
    Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
      | dokumen                                 |
      | Surat pemberitahuan lomba dari Provinsi |
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "Kabid PUG PP dan KK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "Kabid PUG PP dan KK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUG PP dan KK" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Tim Penilai"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUG PP dan KK" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                            |
      | Data Posyandu yang akan ikut lomba |
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Tim Penilai"
    Ketika kasus "A" dilanjutkan
    Dan "Tim Penilai" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Tim Penilai"
    Ketika kasus "B" dilanjutkan
    Dan "Tim Penilai" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Tim Penilai"
    Ketika kasus "A" dilanjutkan
    Dan "Tim Penilai" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Tim Penilai" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Kabid PUG PP dan KK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Kabid PUG PP dan KK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUG PP dan KK" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Sekretaris DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUG PP dan KK" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Sekretaris DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Kepala DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Kepala DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan langkah 10 siap untuk "Wali Kota"
    Ketika kasus "B" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan langkah 10 siap untuk "Wali Kota"
    Ketika kasus "A" dilanjutkan
    Dan "Wali Kota" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Dan langkah 11 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Wali Kota" menyelesaikan langkah 10 beserta dokumen:
      | dokumen                                              |
      | Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi |
    Maka langkah 10 diterima
    Dan langkah 11 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Dan kasus selesai
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 11 beserta dokumen:
      | dokumen                                                                                          |
      | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota |
      | Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA                                 |
    Maka langkah 11 diterima
    Dan kasus selesai
    Ketika kasus "A" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana           |
      | 1       | Kepala DPPPA        |
      | 2       | Jafung / Pelaksana  |
      | 3       | Kabid PUG PP dan KK |
      | 4       | Tim Penilai         |
      | 5       | Tim Penilai         |
      | 6       | Jafung / Pelaksana  |
      | 7       | Kabid PUG PP dan KK |
      | 8       | Sekretaris DPPPA    |
      | 9       | Kepala DPPPA        |
      | 10      | Wali Kota           |
      | 11      | Jafung / Pelaksana  |
    Ketika kasus "B" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana           |
      | 1       | Kepala DPPPA        |
      | 2       | Jafung / Pelaksana  |
      | 3       | Kabid PUG PP dan KK |
      | 4       | Tim Penilai         |
      | 5       | Tim Penilai         |
      | 6       | Jafung / Pelaksana  |
      | 7       | Kabid PUG PP dan KK |
      | 8       | Sekretaris DPPPA    |
      | 9       | Kepala DPPPA        |
      | 10      | Wali Kota           |
      | 11      | Jafung / Pelaksana  |

  @langkah-1
  Aturan: Langkah 1 oleh Kepala DPPPA
    Uraian: Menginstruksikan pelaksanaan kegiatan lomba Posyandu
    Kelengkapan: Surat pemberitahuan lomba dari Provinsi
    Output: Disposisi
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 1 dilaksanakan oleh Kepala DPPPA
      Maka langkah 1 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen                                 |
        | Surat pemberitahuan lomba dari Provinsi |
      Maka langkah 1 diterima
      Dan output langkah 1 tersedia:
        | dokumen   |
        | Disposisi |
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA"
      Dan langkah 2 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 1 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Ketika "<pelaksana>" menyelesaikan langkah 1 beserta dokumen:
        | dokumen                                 |
        | Surat pemberitahuan lomba dari Provinsi |
      Maka langkah 1 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana           |
        | Wali Kota           |
        | Sekretaris DPPPA    |
        | Kabid PUG PP dan KK |
        | Jafung / Pelaksana  |
        | Tim Penilai         |

    @kelengkapan-kurang
    Skenario: Langkah 1 ditolak tanpa kelengkapan "Surat pemberitahuan lomba dari Provinsi"
      Ketika "Kepala DPPPA" menyelesaikan langkah 1
      Maka langkah 1 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 1 ditolak bila diulang
      Jika langkah 1 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen                                 |
        | Surat pemberitahuan lomba dari Provinsi |
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
        | dokumen                                 |
        | Surat pemberitahuan lomba dari Provinsi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 1 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 31 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen                                 |
        | Surat pemberitahuan lomba dari Provinsi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 1 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Maka batas waktu langkah 1 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen                                 |
        | Surat pemberitahuan lomba dari Provinsi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA" pada jam uji, tepat waktu

  # Langkah 2: kelengkapan yang dibuat langkah sebelumnya (Disposisi) diuji lewat output langkah 1.
  @langkah-2
  Aturan: Langkah 2 oleh Jafung / Pelaksana
    Uraian: Mempersiapkan bahan rapat koordinasi persiapan pelaksanaan Lomba Posyandu
    Kelengkapan: Disposisi
    Output: Juknis dan Instrumen lomba Posyandu; Surat Undangan
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 2 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sudah selesai
      Maka langkah 2 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan output langkah 2 tersedia:
        | dokumen                             |
        | Juknis dan Instrumen lomba Posyandu |
        | Surat Undangan                      |
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana"
      Dan langkah 3 siap untuk "Kabid PUG PP dan KK"

    @pelaksana-salah
    Skenario konsep: Langkah 2 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 2
      Maka langkah 2 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana           |
        | Wali Kota           |
        | Kepala DPPPA        |
        | Sekretaris DPPPA    |
        | Kabid PUG PP dan KK |
        | Tim Penilai         |

    @urutan-salah
    Skenario: Langkah 2 ditolak sebelum langkah 1 selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen   |
        | Disposisi |
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
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 2 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 2 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Maka batas waktu langkah 2 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 3: kelengkapan yang dibuat langkah sebelumnya (Juknis dan Instrumen lomba Posyandu) diuji lewat output langkah 2.
  @langkah-3
  Aturan: Langkah 3 oleh Kabid PUG PP dan KK
    Uraian: Melakukan rapat koordinasi; Membuat jadwal penilaian lomba Posyandu, surat pemberitahuan lomba, surat perintah tugas dan mengcopy instrumen lomba Posyandu
    Kelengkapan: Data Posyandu yang akan ikut lomba; Juknis dan Instrumen lomba Posyandu
    Output: Surat Pemberitahuan Lomba; Susunan Tim Panitia Kegiatan Lomba Posyandu; jadwal penilaian; Surat Perintah Tugas; Data dan instrumen lomba Posyandu
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 3 dilaksanakan oleh Kabid PUG PP dan KK
      Jika langkah 1 sampai 2 sudah selesai
      Maka langkah 3 siap untuk "Kabid PUG PP dan KK"
      Ketika "Kabid PUG PP dan KK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                            |
        | Data Posyandu yang akan ikut lomba |
      Maka langkah 3 diterima
      Dan output langkah 3 tersedia:
        | dokumen                                     |
        | Surat Pemberitahuan Lomba                   |
        | Susunan Tim Panitia Kegiatan Lomba Posyandu |
        | jadwal penilaian                            |
        | Surat Perintah Tugas                        |
        | Data dan instrumen lomba Posyandu           |
      Dan riwayat mencatat langkah 3 oleh "Kabid PUG PP dan KK"
      Dan langkah 4 siap untuk "Tim Penilai"

    @pelaksana-salah
    Skenario konsep: Langkah 3 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                            |
        | Data Posyandu yang akan ikut lomba |
      Maka langkah 3 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Wali Kota          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |
        | Tim Penilai        |

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "Data Posyandu yang akan ikut lomba"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Kabid PUG PP dan KK" menyelesaikan langkah 3
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 3 ditolak sebelum langkah 2 selesai
      Jika langkah 1 sudah selesai
      Ketika "Kabid PUG PP dan KK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                             |
        | Data Posyandu yang akan ikut lomba  |
        | Juknis dan Instrumen lomba Posyandu |
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
      Ketika "Kabid PUG PP dan KK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                            |
        | Data Posyandu yang akan ikut lomba |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Kabid PUG PP dan KK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 3 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Kabid PUG PP dan KK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                            |
        | Data Posyandu yang akan ikut lomba |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Kabid PUG PP dan KK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 3 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Maka batas waktu langkah 3 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Kabid PUG PP dan KK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                            |
        | Data Posyandu yang akan ikut lomba |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Kabid PUG PP dan KK" pada jam uji, tepat waktu

  # Langkah 4: kelengkapan yang dibuat langkah sebelumnya (Data dan instrumen lomba Posyandu) diuji lewat output langkah 3.
  @langkah-4
  Aturan: Langkah 4 oleh Tim Penilai
    Uraian: Melaksanakan kegiatan penilaian Posyandu
    Kelengkapan: Data dan instrumen lomba Posyandu
    Output: Hasil Penilaian
    Waktu: 6 Hari

    @positif
    Skenario: Langkah 4 dilaksanakan oleh Tim Penilai
      Jika langkah 1 sampai 3 sudah selesai
      Maka langkah 4 siap untuk "Tim Penilai"
      Ketika "Tim Penilai" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan output langkah 4 tersedia:
        | dokumen         |
        | Hasil Penilaian |
      Dan riwayat mencatat langkah 4 oleh "Tim Penilai"
      Dan langkah 5 siap untuk "Tim Penilai"

    @pelaksana-salah
    Skenario konsep: Langkah 4 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 4
      Maka langkah 4 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana           |
        | Wali Kota           |
        | Kepala DPPPA        |
        | Sekretaris DPPPA    |
        | Kabid PUG PP dan KK |
        | Jafung / Pelaksana  |

    @urutan-salah
    Skenario: Langkah 4 ditolak sebelum langkah 3 selesai
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Tim Penilai" menyelesaikan langkah 4 beserta dokumen:
        | dokumen                           |
        | Data dan instrumen lomba Posyandu |
      Maka langkah 4 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 4 memenuhi standar waktu 6 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 3 sudah selesai
      Ketika jam uji maju 1350 menit kerja
      Maka batas waktu langkah 4 adalah 6 Hari (2700 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 1350 menit kerja
      Maka batas waktu langkah 4 adalah 6 Hari (2700 menit kerja) sejak langkah itu siap
      Ketika "Tim Penilai" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Tim Penilai" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 4 yang selesai sesudah standar waktu 6 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Ketika jam uji maju 2701 menit kerja
      Dan "Tim Penilai" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Tim Penilai" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 4 yang siap Jumat pukul 15.30 mendapat batas waktu 6 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Maka batas waktu langkah 4 adalah 6 Hari (2700 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 2700 menit kerja
      Dan "Tim Penilai" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Tim Penilai" pada jam uji, tepat waktu

  # Langkah 5: kelengkapan yang dibuat langkah sebelumnya (Hasil Penilaian) diuji lewat output langkah 4.
  @langkah-5
  Aturan: Langkah 5 oleh Tim Penilai
    Uraian: Melaksanakan rapat penentuan Juara Lomba
    Kelengkapan: Hasil Penilaian
    Output: Notulen; Berita Acara hasil Lomba Posyandu Tk.Kota Bekasi
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 5 dilaksanakan oleh Tim Penilai
      Jika langkah 1 sampai 4 sudah selesai
      Maka langkah 5 siap untuk "Tim Penilai"
      Ketika "Tim Penilai" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan output langkah 5 tersedia:
        | dokumen                                          |
        | Notulen                                          |
        | Berita Acara hasil Lomba Posyandu Tk.Kota Bekasi |
      Dan riwayat mencatat langkah 5 oleh "Tim Penilai"
      Dan langkah 6 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 5 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 5
      Maka langkah 5 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana           |
        | Wali Kota           |
        | Kepala DPPPA        |
        | Sekretaris DPPPA    |
        | Kabid PUG PP dan KK |
        | Jafung / Pelaksana  |

    @urutan-salah
    Skenario: Langkah 5 ditolak sebelum langkah 4 selesai
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Tim Penilai" menyelesaikan langkah 5 beserta dokumen:
        | dokumen         |
        | Hasil Penilaian |
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
      Ketika "Tim Penilai" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Tim Penilai" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 5 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Tim Penilai" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Tim Penilai" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 5 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Maka batas waktu langkah 5 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Tim Penilai" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Tim Penilai" pada jam uji, tepat waktu

  # Langkah 6: kelengkapan yang dibuat langkah sebelumnya (Notulen; Berita Acara hasil Lomba Posyandu Tk.Kota Bekasi) diuji lewat output langkah 5.
  @langkah-6
  Aturan: Langkah 6 oleh Jafung / Pelaksana
    Uraian: Membuat draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi dan melakukan legal drafting ke Bagian Hukum; Membuat draft laporan hasil kegiatan lomba Posyandu Tk.Kota Bekasi
    Kelengkapan: Notulen; Berita Acara hasil Lomba Posyandu Tk.Kota Bekasi
    Output: Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi; Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 6 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 5 sudah selesai
      Maka langkah 6 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan output langkah 6 tersedia:
        | dokumen                                                                      |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi |
        | Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi                    |
      Dan riwayat mencatat langkah 6 oleh "Jafung / Pelaksana"
      Dan langkah 7 siap untuk "Kabid PUG PP dan KK"

    @pelaksana-salah
    Skenario konsep: Langkah 6 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 6
      Maka langkah 6 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana           |
        | Wali Kota           |
        | Kepala DPPPA        |
        | Sekretaris DPPPA    |
        | Kabid PUG PP dan KK |
        | Tim Penilai         |

    @urutan-salah
    Skenario: Langkah 6 ditolak sebelum langkah 5 selesai
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                                          |
        | Notulen                                          |
        | Berita Acara hasil Lomba Posyandu Tk.Kota Bekasi |
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
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 6 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 6 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Maka batas waktu langkah 6 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 7: kelengkapan yang dibuat langkah sebelumnya (Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi; Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi) diuji lewat output langkah 6.
  @langkah-7
  Aturan: Langkah 7 oleh Kabid PUG PP dan KK
    Uraian: Menerima dan memaraf draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi dan draf laporan hasil kegiatan Lomba Posyandu
    Kelengkapan: Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi; Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi
    Output: Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi diparaf Kabid; Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi diparaf Kabid
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 7 dilaksanakan oleh Kabid PUG PP dan KK
      Jika langkah 1 sampai 6 sudah selesai
      Maka langkah 7 siap untuk "Kabid PUG PP dan KK"
      Ketika "Kabid PUG PP dan KK" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan output langkah 7 tersedia:
        | dokumen                                                                                    |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi diparaf Kabid |
        | Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi diparaf Kabid                    |
      Dan riwayat mencatat langkah 7 oleh "Kabid PUG PP dan KK"
      Dan langkah 8 siap untuk "Sekretaris DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 7 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 7
      Maka langkah 7 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Wali Kota          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |
        | Tim Penilai        |

    @urutan-salah
    Skenario: Langkah 7 ditolak sebelum langkah 6 selesai
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "Kabid PUG PP dan KK" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                                                      |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi |
        | Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi                    |
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
      Ketika "Kabid PUG PP dan KK" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Kabid PUG PP dan KK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 7 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Kabid PUG PP dan KK" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Kabid PUG PP dan KK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 7 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Maka batas waktu langkah 7 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kabid PUG PP dan KK" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Kabid PUG PP dan KK" pada jam uji, tepat waktu

  # Langkah 8: kelengkapan yang dibuat langkah sebelumnya (Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi; Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi) diuji lewat output langkah 6.
  @langkah-8
  Aturan: Langkah 8 oleh Sekretaris DPPPA
    Uraian: Menerima dan memaraf draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi dan draf laporan hasil kegiatan Lomba Posyandu
    Kelengkapan: Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi; Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi
    Output: Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi diparaf Sekdis; Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi diparaf Sekdis
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 8 dilaksanakan oleh Sekretaris DPPPA
      Jika langkah 1 sampai 7 sudah selesai
      Maka langkah 8 siap untuk "Sekretaris DPPPA"
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan output langkah 8 tersedia:
        | dokumen                                                                                     |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi diparaf Sekdis |
        | Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi diparaf Sekdis                    |
      Dan riwayat mencatat langkah 8 oleh "Sekretaris DPPPA"
      Dan langkah 9 siap untuk "Kepala DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 8 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 8
      Maka langkah 8 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana           |
        | Wali Kota           |
        | Kepala DPPPA        |
        | Kabid PUG PP dan KK |
        | Jafung / Pelaksana  |
        | Tim Penilai         |

    @urutan-salah
    Skenario: Langkah 8 ditolak sebelum langkah 7 selesai
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                                                      |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi |
        | Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi                    |
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
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 8 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Sekretaris DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 8 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Maka batas waktu langkah 8 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

  # Langkah 9: kelengkapan yang dibuat langkah sebelumnya (Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi; Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi) diuji lewat output langkah 6.
  @langkah-9
  Aturan: Langkah 9 oleh Kepala DPPPA
    Uraian: Menerima dan memaraf draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi; Menerima dan menandatangani draf laporan hasil kegiatan Lomba Posyandu
    Kelengkapan: Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi; Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi
    Output: Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi diparaf oleh Kepala DPPPA; Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi ditandatangan oleh Kepala DPPPA
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 9 dilaksanakan oleh Kepala DPPPA
      Jika langkah 1 sampai 8 sudah selesai
      Maka langkah 9 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan output langkah 9 tersedia:
        | dokumen                                                                                                |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi diparaf oleh Kepala DPPPA |
        | Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi ditandatangan oleh Kepala DPPPA                   |
      Dan riwayat mencatat langkah 9 oleh "Kepala DPPPA"
      Dan langkah 10 siap untuk "Wali Kota"

    @pelaksana-salah
    Skenario konsep: Langkah 9 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 9
      Maka langkah 9 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana           |
        | Wali Kota           |
        | Sekretaris DPPPA    |
        | Kabid PUG PP dan KK |
        | Jafung / Pelaksana  |
        | Tim Penilai         |

    @urutan-salah
    Skenario: Langkah 9 ditolak sebelum langkah 8 selesai
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                                                      |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi |
        | Draf Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi                    |
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
      Ketika "Kepala DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Kepala DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 9 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Kepala DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 9 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Maka batas waktu langkah 9 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Kepala DPPPA" pada jam uji, tepat waktu

  # Langkah 10: kelengkapan yang dibuat langkah sebelumnya (Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi) diuji lewat output langkah 6.
  @langkah-10
  Aturan: Langkah 10 oleh Wali Kota
    Uraian: Menerima dan menandatangani draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi; Menerima dan mendisposisi Laporan hasil kegiatan Lomba Posyandu
    Kelengkapan: Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi; Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi
    Output: Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi diparaf oleh Kepala DPPPA; Disposisi
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 10 dilaksanakan oleh Wali Kota
      Jika langkah 1 sampai 9 sudah selesai
      Maka langkah 10 siap untuk "Wali Kota"
      Ketika "Wali Kota" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                              |
        | Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi |
      Maka langkah 10 diterima
      Dan output langkah 10 tersedia:
        | dokumen                                                                                           |
        | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi diparaf oleh Kepala DPPPA |
        | Disposisi                                                                                         |
      Dan riwayat mencatat langkah 10 oleh "Wali Kota"
      Dan langkah 11 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 10 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 9 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                              |
        | Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi |
      Maka langkah 10 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana           |
        | Kepala DPPPA        |
        | Sekretaris DPPPA    |
        | Kabid PUG PP dan KK |
        | Jafung / Pelaksana  |
        | Tim Penilai         |

    @kelengkapan-kurang
    Skenario: Langkah 10 ditolak tanpa kelengkapan "Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi"
      Jika langkah 1 sampai 9 sudah selesai
      Ketika "Wali Kota" menyelesaikan langkah 10
      Maka langkah 10 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 10 ditolak sebelum langkah 9 selesai
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "Wali Kota" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                                                      |
        | Draf Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi |
        | Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi                         |
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
      Ketika "Wali Kota" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                              |
        | Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi |
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "Wali Kota" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 10 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 9 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Wali Kota" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                              |
        | Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi |
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "Wali Kota" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 10 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 9 sudah selesai
      Maka batas waktu langkah 10 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Wali Kota" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                              |
        | Laporan hasil kegiatan Lomba Posyandu Tk.Kota Bekasi |
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "Wali Kota" pada jam uji, tepat waktu

  @langkah-11
  Aturan: Langkah 11 oleh Jafung / Pelaksana
    Uraian: Mengarsipkan Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi dan Laporan hasil kegiatan Lomba Posyandu
    Kelengkapan: Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota; Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA
    Output: Arsip
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 11 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 10 sudah selesai
      Maka langkah 11 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 11 beserta dokumen:
        | dokumen                                                                                          |
        | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota |
        | Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA                                 |
      Maka langkah 11 diterima
      Dan output langkah 11 tersedia:
        | dokumen |
        | Arsip   |
      Dan riwayat mencatat langkah 11 oleh "Jafung / Pelaksana"
      Dan kasus selesai

    @pelaksana-salah
    Skenario konsep: Langkah 11 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 10 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 11 beserta dokumen:
        | dokumen                                                                                          |
        | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota |
        | Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA                                 |
      Maka langkah 11 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana           |
        | Wali Kota           |
        | Kepala DPPPA        |
        | Sekretaris DPPPA    |
        | Kabid PUG PP dan KK |
        | Tim Penilai         |

    @kelengkapan-kurang
    Skenario: Langkah 11 ditolak tanpa kelengkapan "Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota"
      Jika langkah 1 sampai 10 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 11 beserta dokumen:
        | dokumen                                                          |
        | Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA |
      Maka langkah 11 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 11 ditolak tanpa kelengkapan "Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA"
      Jika langkah 1 sampai 10 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 11 beserta dokumen:
        | dokumen                                                                                          |
        | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota |
      Maka langkah 11 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 11 ditolak sebelum langkah 10 selesai
      Jika langkah 1 sampai 9 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 11 beserta dokumen:
        | dokumen                                                                                          |
        | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota |
        | Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA                                 |
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
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 11 beserta dokumen:
        | dokumen                                                                                          |
        | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota |
        | Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA                                 |
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 11 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 10 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 11 beserta dokumen:
        | dokumen                                                                                          |
        | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota |
        | Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA                                 |
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 11 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 10 sudah selesai
      Maka batas waktu langkah 11 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 11 beserta dokumen:
        | dokumen                                                                                          |
        | Keputusan Wali Kota tentang Pemenang Lomba Posyandu tingkat Kota Bekasi ditandatangani Wali Kota |
        | Laporan hasil kegiatan Lomba Posyandu ditandatangan Kepala DPPPA                                 |
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu
