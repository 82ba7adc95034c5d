# language: id
# sopap: fitur uji kesesuaian
# Dibuat oleh `sopap features` dari SOP 'rapat-koordinasi-organisasi-wanita'; jangan disunting: ubah sumber SOP lalu jalankan lagi.
# Jalankan: pytest features/ --sop-impl=reference (lihat docs/kesesuaian.md)
@sop-rapat-koordinasi-organisasi-wanita
Fitur: Kesesuaian SOP Penyelenggaraan Rapat Koordinasi Organisasi Wanita
  SOP: Penyelenggaraan Rapat Koordinasi Organisasi Wanita
  Bidang: PUGPPKK
  Pelaksana: Kepala DPPPA (kadis); Sekretaris DPPPA (sekdis); Kabid PUGPPKK (kabid); Jafung / Pelaksana (jafung)
  Setiap aturan menguji satu langkah: pelaksana, kelengkapan, output, urutan dan waktu.

  Latar Belakang:
    Jika SOP "rapat-koordinasi-organisasi-wanita" terpasang
    Dan sebuah kasus baru dimulai

  @kasus-lengkap
  Skenario: Satu kasus berjalan dari langkah 1 sampai langkah 8
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
      | dokumen          |
      | Lembar Disposisi |
    Maka langkah 1 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
      | dokumen                |
      | Data Organisasi Wanita |
    Maka langkah 2 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                                     |
      | Daftar hadir                                |
      | undangan rapat koordinasi organisasi wanita |
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
      | dokumen                                          |
      | Laporan hasil rapat koordinasi organisasi wanita |
    Maka langkah 8 diterima
    Dan kasus selesai
    Dan output langkah 8 tersedia:
      | dokumen       |
      | Arsip Laporan |
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
      | dokumen                                          |
      | Lembar Disposisi                                 |
      | Data Organisasi Wanita                           |
      | Daftar hadir                                     |
      | undangan rapat koordinasi organisasi wanita      |
      | Laporan hasil rapat koordinasi organisasi wanita |
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
      | dokumen       |
      | Arsip Laporan |
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
      | dokumen                                          |
      | Lembar Disposisi                                 |
      | Data Organisasi Wanita                           |
      | Daftar hadir                                     |
      | undangan rapat koordinasi organisasi wanita      |
      | Laporan hasil rapat koordinasi organisasi wanita |
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
    Dan langkah 3 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
      | dokumen                |
      | Data Organisasi Wanita |
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                                     |
      | Daftar hadir                                |
      | undangan rapat koordinasi organisasi wanita |
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
      | dokumen                                          |
      | Laporan hasil rapat koordinasi organisasi wanita |
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
    Uraian: Memerintahkan Jabatan Fungsional / Pelaksana untuk mempersiapkan rapat koordinasi organisasi wanita
    Kelengkapan: Lembar Disposisi
    Output: Disposisi
    Waktu: -

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

  @langkah-2
  Aturan: Langkah 2 oleh Jafung / Pelaksana
    Uraian: Melakukan koordinasi dengan Gabungan Organisasi Wanita (GOW) sebagai peserta rapat koordinasi; Menghimpun data peserta rapat koordinasi organisasi wanita; Menyiapkan materi rapat koordinasi organisasi wanita; Melakukan koordinasi dengan narasumber; Membuat dan mendistribusikan surat undangan rapat koordinasi organisasi wanita yang telah di tandatangani oleh Kepala DPPPA Kota Bekasi
    Kelengkapan: Data Organisasi Wanita
    Output: Data peserta; Materi rapat koordinasi; Surat undangan rapat koordinasi organisasi wanita
    Waktu: 5 Hari

    @positif
    Skenario: Langkah 2 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sudah selesai
      Maka langkah 2 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                |
        | Data Organisasi Wanita |
      Maka langkah 2 diterima
      Dan output langkah 2 tersedia:
        | dokumen                                           |
        | Data peserta                                      |
        | Materi rapat koordinasi                           |
        | Surat undangan rapat koordinasi organisasi wanita |
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana"
      Dan langkah 3 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 2 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                |
        | Data Organisasi Wanita |
      Maka langkah 2 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 2 ditolak tanpa kelengkapan "Data Organisasi Wanita"
      Jika langkah 1 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 2 ditolak sebelum langkah 1 selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                |
        | Data Organisasi Wanita |
      Maka langkah 2 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 2 memenuhi standar waktu 5 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 1125 menit kerja
      Maka batas waktu langkah 2 adalah 5 Hari (2250 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 1125 menit kerja
      Maka batas waktu langkah 2 adalah 5 Hari (2250 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                |
        | Data Organisasi Wanita |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 2 yang selesai sesudah standar waktu 5 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 2251 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                |
        | Data Organisasi Wanita |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 2 yang siap Jumat pukul 15.30 mendapat batas waktu 5 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Maka batas waktu langkah 2 adalah 5 Hari (2250 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 2250 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen                |
        | Data Organisasi Wanita |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  @langkah-3
  Aturan: Langkah 3 oleh Kabid PUGPPKK
    Uraian: Melaksanakan rapat koordinasi organisasi wanita
    Kelengkapan: Daftar hadir; undangan rapat koordinasi organisasi wanita
    Output: Dokumentasi rapat koordinasi; notulen; berita acara rapat
    Waktu: -

    @positif
    Skenario: Langkah 3 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 2 sudah selesai
      Maka langkah 3 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | Daftar hadir                                |
        | undangan rapat koordinasi organisasi wanita |
      Maka langkah 3 diterima
      Dan output langkah 3 tersedia:
        | dokumen                      |
        | Dokumentasi rapat koordinasi |
        | notulen                      |
        | berita acara rapat           |
      Dan riwayat mencatat langkah 3 oleh "Kabid PUGPPKK"
      Dan langkah 4 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 3 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | Daftar hadir                                |
        | undangan rapat koordinasi organisasi wanita |
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
        | dokumen                                     |
        | undangan rapat koordinasi organisasi wanita |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "undangan rapat koordinasi organisasi wanita"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen      |
        | Daftar hadir |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 3 ditolak sebelum langkah 2 selesai
      Jika langkah 1 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                     |
        | Daftar hadir                                |
        | undangan rapat koordinasi organisasi wanita |
      Maka langkah 3 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

  # Langkah 4: kelengkapan yang dibuat langkah sebelumnya (Dokumentasi rapat koordinasi; notulen; berita acara rapat) diuji lewat output langkah 3.
  @langkah-4
  Aturan: Langkah 4 oleh Jafung / Pelaksana
    Uraian: Membuat draf laporan hasil rapat koordinasi organisasi wanita
    Kelengkapan: Dokumentasi rapat koordinasi; notulen; berita acara rapat
    Output: Draf laporan hasil rapat koordinasi organisasi wanita
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 4 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 3 sudah selesai
      Maka langkah 4 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan output langkah 4 tersedia:
        | dokumen                                               |
        | Draf laporan hasil rapat koordinasi organisasi wanita |
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
        | dokumen                      |
        | Dokumentasi rapat koordinasi |
        | notulen                      |
        | berita acara rapat           |
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
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 4 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 4 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Maka batas waktu langkah 4 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 5: kelengkapan yang dibuat langkah sebelumnya (Draf laporan hasil rapat koordinasi organisasi wanita) diuji lewat output langkah 4.
  @langkah-5
  Aturan: Langkah 5 oleh Kabid PUGPPKK
    Uraian: Menerima, memeriksa dan memaraf draf laporan hasil rapat koordinasi organisasi wanita
    Kelengkapan: Draf laporan hasil rapat koordinasi organisasi wanita
    Output: Draf laporan hasil rapat koordinasi organisasi wanita telah diparaf Kabid
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 5 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 4 sudah selesai
      Maka langkah 5 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 5
      Maka langkah 5 diterima
      Dan output langkah 5 tersedia:
        | dokumen                                                                   |
        | Draf laporan hasil rapat koordinasi organisasi wanita telah diparaf Kabid |
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
        | dokumen                                               |
        | Draf laporan hasil rapat koordinasi organisasi wanita |
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

  # Langkah 6: kelengkapan yang dibuat langkah sebelumnya (Draf laporan hasil rapat koordinasi organisasi wanita) diuji lewat output langkah 4.
  @langkah-6
  Aturan: Langkah 6 oleh Sekretaris DPPPA
    Uraian: Menerima dan memaraf draf laporan hasil rapat koordinasi organisasi wanita
    Kelengkapan: Draf laporan hasil rapat koordinasi organisasi wanita
    Output: Draf laporan hasil rapat koordinasi organisasi wanita telah diparaf Sekdis
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 6 dilaksanakan oleh Sekretaris DPPPA
      Jika langkah 1 sampai 5 sudah selesai
      Maka langkah 6 siap untuk "Sekretaris DPPPA"
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan output langkah 6 tersedia:
        | dokumen                                                                    |
        | Draf laporan hasil rapat koordinasi organisasi wanita telah diparaf Sekdis |
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
        | dokumen                                               |
        | Draf laporan hasil rapat koordinasi organisasi wanita |
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

  # Langkah 7: kelengkapan yang dibuat langkah sebelumnya (Draf laporan hasil rapat koordinasi organisasi wanita) diuji lewat output langkah 4.
  @langkah-7
  Aturan: Langkah 7 oleh Kepala DPPPA
    Uraian: Menerima dan menandatangani draf laporan hasil rapat koordinasi organisasi wanita
    Kelengkapan: Draf laporan hasil rapat koordinasi organisasi wanita
    Output: Draf laporan hasil rapat koordinasi organisasi wanita telah ditandatangan Kadis
    Waktu: -

    @positif
    Skenario: Langkah 7 dilaksanakan oleh Kepala DPPPA
      Jika langkah 1 sampai 6 sudah selesai
      Maka langkah 7 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan output langkah 7 tersedia:
        | dokumen                                                                         |
        | Draf laporan hasil rapat koordinasi organisasi wanita telah ditandatangan Kadis |
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
        | dokumen                                               |
        | Draf laporan hasil rapat koordinasi organisasi wanita |
      Maka langkah 7 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

  @langkah-8
  Aturan: Langkah 8 oleh Jafung / Pelaksana
    Uraian: Mengarsipkan laporan hasil rapat koordinasi organisasi wanita
    Kelengkapan: Laporan hasil rapat koordinasi organisasi wanita
    Output: Arsip Laporan
    Waktu: 10 Menit

    @positif
    Skenario: Langkah 8 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 7 sudah selesai
      Maka langkah 8 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil rapat koordinasi organisasi wanita |
      Maka langkah 8 diterima
      Dan output langkah 8 tersedia:
        | dokumen       |
        | Arsip Laporan |
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana"
      Dan kasus selesai

    @pelaksana-salah
    Skenario konsep: Langkah 8 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil rapat koordinasi organisasi wanita |
      Maka langkah 8 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 8 ditolak tanpa kelengkapan "Laporan hasil rapat koordinasi organisasi wanita"
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8
      Maka langkah 8 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 8 ditolak sebelum langkah 7 selesai
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil rapat koordinasi organisasi wanita |
      Maka langkah 8 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 8 memenuhi standar waktu 10 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 8 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 8 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil rapat koordinasi organisasi wanita |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 8 yang selesai sesudah standar waktu 10 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 11 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil rapat koordinasi organisasi wanita |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 8 yang siap Jumat pukul 15.55 mendapat batas waktu 10 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.55
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Maka batas waktu langkah 8 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 10 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                                          |
        | Laporan hasil rapat koordinasi organisasi wanita |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu
