# language: id
# sopap: fitur uji kesesuaian
# Dibuat oleh `sopap features` dari SOP 'penilaian-p2wkss'; jangan disunting: ubah sumber SOP lalu jalankan lagi.
# Jalankan: pytest features/ --sop-impl=reference (lihat docs/kesesuaian.md)
@sop-penilaian-p2wkss
Fitur: Kesesuaian SOP Penilaian Peningkatan Peranan Wanita Menuju Keluarga Sehat Sejahtera (P2WKSS)
  SOP: Penilaian Peningkatan Peranan Wanita Menuju Keluarga Sehat Sejahtera (P2WKSS)
  Bidang: PUGPPKK
  Pelaksana: Kepala DPPPA (kadis); Sekretaris DPPPA (sekdis); KABID PUGPPKK (kabid); JAFUNG / PELAKSANA (jafung); Tim Pengelola P2WKSS (tim-pengelola)
  Setiap aturan menguji satu langkah: pelaksana, kelengkapan, output, urutan dan waktu.

  Latar Belakang:
    Jika SOP "penilaian-p2wkss" terpasang
    Dan sebuah kasus baru dimulai

  @kasus-lengkap
  Skenario: Satu kasus berjalan dari langkah 1 sampai langkah 19
    Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
      | dokumen |
      | Tupoksi |
      | DPA PPA |
    Maka langkah 1 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 2 beserta dokumen:
      | dokumen              |
      | Data Keluarga Miskin |
    Maka langkah 2 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                  |
      | Susunan Panitia Kegiatan |
    Maka langkah 3 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
      | dokumen      |
      | Daftar Hadir |
    Maka langkah 4 diterima
    Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 5 beserta dokumen:
      | dokumen                   |
      | Data 100 KK binaan P2WKSS |
    Maka langkah 5 diterima
    Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 6 beserta dokumen:
      | dokumen                        |
      | Materi pembinaan dan pelatihan |
      | Instrumen penilaian P2WKSS     |
    Maka langkah 6 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 7 beserta dokumen:
      | dokumen                                     |
      | Instrumen Penilaian P2WKSS yang sudah diisi |
    Maka langkah 7 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 9 beserta dokumen:
      | dokumen                                 |
      | data kelengkapan administrasi penilaian |
    Maka langkah 9 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 12
    Maka langkah 12 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 13
    Maka langkah 13 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 14 beserta dokumen:
      | dokumen              |
      | 100 KK binaan P2WKSS |
    Maka langkah 14 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 15 beserta dokumen:
      | dokumen                                               |
      | Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat |
    Maka langkah 15 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 16
    Maka langkah 16 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 17
    Maka langkah 17 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 18
    Maka langkah 18 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 19
    Maka langkah 19 diterima
    Dan kasus selesai
    Dan output langkah 19 tersedia:
      | dokumen                                                              |
      | Laporan Hasil Penilaian P2WKSS telah ditandatangan oleh Kepala DPPPA |
    Dan riwayat kasus memuat:
      | langkah | pelaksana            |
      | 1       | Kepala DPPPA         |
      | 2       | KABID PUGPPKK        |
      | 3       | JAFUNG / PELAKSANA   |
      | 4       | KABID PUGPPKK        |
      | 5       | Tim Pengelola P2WKSS |
      | 6       | Tim Pengelola P2WKSS |
      | 7       | JAFUNG / PELAKSANA   |
      | 8       | KABID PUGPPKK        |
      | 9       | Tim Pengelola P2WKSS |
      | 10      | JAFUNG / PELAKSANA   |
      | 11      | KABID PUGPPKK        |
      | 12      | Sekretaris DPPPA     |
      | 13      | Kepala DPPPA         |
      | 14      | KABID PUGPPKK        |
      | 15      | Kepala DPPPA         |
      | 16      | JAFUNG / PELAKSANA   |
      | 17      | KABID PUGPPKK        |
      | 18      | Sekretaris DPPPA     |
      | 19      | Kepala DPPPA         |

  @kasus-lengkap
  Skenario: Satu kasus dengan semua dokumen dari luar sejak awal, langkah 1 sampai 19
    Jika sebuah kasus baru dimulai beserta dokumen:
      | dokumen                                               |
      | Tupoksi                                               |
      | DPA PPA                                               |
      | Data Keluarga Miskin                                  |
      | Susunan Panitia Kegiatan                              |
      | Daftar Hadir                                          |
      | Data 100 KK binaan P2WKSS                             |
      | Materi pembinaan dan pelatihan                        |
      | Instrumen penilaian P2WKSS                            |
      | Instrumen Penilaian P2WKSS yang sudah diisi           |
      | data kelengkapan administrasi penilaian               |
      | 100 KK binaan P2WKSS                                  |
      | Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat |
    Ketika "Kepala DPPPA" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 12
    Maka langkah 12 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 13
    Maka langkah 13 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 14
    Maka langkah 14 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 15
    Maka langkah 15 diterima
    Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 16
    Maka langkah 16 diterima
    Ketika "KABID PUGPPKK" menyelesaikan langkah 17
    Maka langkah 17 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 18
    Maka langkah 18 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 19
    Maka langkah 19 diterima
    Dan kasus selesai
    Dan output langkah 19 tersedia:
      | dokumen                                                              |
      | Laporan Hasil Penilaian P2WKSS telah ditandatangan oleh Kepala DPPPA |
    Dan riwayat kasus memuat:
      | langkah | pelaksana            |
      | 1       | Kepala DPPPA         |
      | 2       | KABID PUGPPKK        |
      | 3       | JAFUNG / PELAKSANA   |
      | 4       | KABID PUGPPKK        |
      | 5       | Tim Pengelola P2WKSS |
      | 6       | Tim Pengelola P2WKSS |
      | 7       | JAFUNG / PELAKSANA   |
      | 8       | KABID PUGPPKK        |
      | 9       | Tim Pengelola P2WKSS |
      | 10      | JAFUNG / PELAKSANA   |
      | 11      | KABID PUGPPKK        |
      | 12      | Sekretaris DPPPA     |
      | 13      | Kepala DPPPA         |
      | 14      | KABID PUGPPKK        |
      | 15      | Kepala DPPPA         |
      | 16      | JAFUNG / PELAKSANA   |
      | 17      | KABID PUGPPKK        |
      | 18      | Sekretaris DPPPA     |
      | 19      | Kepala DPPPA         |

  @kasus-serentak
  Skenario: Dua kasus berjalan berselang-seling tanpa saling memengaruhi
    Jika kasus "A" dimulai beserta dokumen:
      | dokumen                                               |
      | Tupoksi                                               |
      | DPA PPA                                               |
      | Data Keluarga Miskin                                  |
      | Susunan Panitia Kegiatan                              |
      | Daftar Hadir                                          |
      | Data 100 KK binaan P2WKSS                             |
      | Materi pembinaan dan pelatihan                        |
      | Instrumen penilaian P2WKSS                            |
      | Instrumen Penilaian P2WKSS yang sudah diisi           |
      | data kelengkapan administrasi penilaian               |
      | 100 KK binaan P2WKSS                                  |
      | Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat |
    Dan kasus "B" dimulai
    Ketika kasus "A" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "KABID PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 1
    Maka langkah 1 ditolak dengan alasan MISSING_INPUT
    Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
      | dokumen |
      | Tupoksi |
      | DPA PPA |
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "KABID PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "B" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 2 beserta dokumen:
      | dokumen              |
      | Data Keluarga Miskin |
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "A" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "KABID PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                  |
      | Susunan Panitia Kegiatan |
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "KABID PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Tim Pengelola P2WKSS"
    Ketika kasus "B" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
      | dokumen      |
      | Daftar Hadir |
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "Tim Pengelola P2WKSS"
    Ketika kasus "A" dilanjutkan
    Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Tim Pengelola P2WKSS"
    Ketika kasus "B" dilanjutkan
    Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 5 beserta dokumen:
      | dokumen                   |
      | Data 100 KK binaan P2WKSS |
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Tim Pengelola P2WKSS"
    Ketika kasus "A" dilanjutkan
    Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "B" dilanjutkan
    Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 6 beserta dokumen:
      | dokumen                        |
      | Materi pembinaan dan pelatihan |
      | Instrumen penilaian P2WKSS     |
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "A" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "KABID PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 7 beserta dokumen:
      | dokumen                                     |
      | Instrumen Penilaian P2WKSS yang sudah diisi |
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "KABID PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Tim Pengelola P2WKSS"
    Ketika kasus "B" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Tim Pengelola P2WKSS"
    Ketika kasus "A" dilanjutkan
    Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan langkah 10 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "B" dilanjutkan
    Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 9 beserta dokumen:
      | dokumen                                 |
      | data kelengkapan administrasi penilaian |
    Maka langkah 9 diterima
    Dan langkah 10 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "A" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Dan langkah 11 siap untuk "KABID PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Dan langkah 11 siap untuk "KABID PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Dan langkah 12 siap untuk "Sekretaris DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Dan langkah 12 siap untuk "Sekretaris DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 12
    Maka langkah 12 diterima
    Dan langkah 13 siap untuk "Kepala DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 12
    Maka langkah 12 diterima
    Dan langkah 13 siap untuk "Kepala DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 13
    Maka langkah 13 diterima
    Dan langkah 14 siap untuk "KABID PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 13
    Maka langkah 13 diterima
    Dan langkah 14 siap untuk "KABID PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 14
    Maka langkah 14 diterima
    Dan langkah 15 siap untuk "Kepala DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 14 beserta dokumen:
      | dokumen              |
      | 100 KK binaan P2WKSS |
    Maka langkah 14 diterima
    Dan langkah 15 siap untuk "Kepala DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 15
    Maka langkah 15 diterima
    Dan langkah 16 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "B" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 15 beserta dokumen:
      | dokumen                                               |
      | Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat |
    Maka langkah 15 diterima
    Dan langkah 16 siap untuk "JAFUNG / PELAKSANA"
    Ketika kasus "A" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 16
    Maka langkah 16 diterima
    Dan langkah 17 siap untuk "KABID PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 16
    Maka langkah 16 diterima
    Dan langkah 17 siap untuk "KABID PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 17
    Maka langkah 17 diterima
    Dan langkah 18 siap untuk "Sekretaris DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "KABID PUGPPKK" menyelesaikan langkah 17
    Maka langkah 17 diterima
    Dan langkah 18 siap untuk "Sekretaris DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 18
    Maka langkah 18 diterima
    Dan langkah 19 siap untuk "Kepala DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 18
    Maka langkah 18 diterima
    Dan langkah 19 siap untuk "Kepala DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 19
    Maka langkah 19 diterima
    Dan kasus selesai
    Ketika kasus "B" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 19
    Maka langkah 19 diterima
    Dan kasus selesai
    Ketika kasus "A" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana            |
      | 1       | Kepala DPPPA         |
      | 2       | KABID PUGPPKK        |
      | 3       | JAFUNG / PELAKSANA   |
      | 4       | KABID PUGPPKK        |
      | 5       | Tim Pengelola P2WKSS |
      | 6       | Tim Pengelola P2WKSS |
      | 7       | JAFUNG / PELAKSANA   |
      | 8       | KABID PUGPPKK        |
      | 9       | Tim Pengelola P2WKSS |
      | 10      | JAFUNG / PELAKSANA   |
      | 11      | KABID PUGPPKK        |
      | 12      | Sekretaris DPPPA     |
      | 13      | Kepala DPPPA         |
      | 14      | KABID PUGPPKK        |
      | 15      | Kepala DPPPA         |
      | 16      | JAFUNG / PELAKSANA   |
      | 17      | KABID PUGPPKK        |
      | 18      | Sekretaris DPPPA     |
      | 19      | Kepala DPPPA         |
    Ketika kasus "B" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana            |
      | 1       | Kepala DPPPA         |
      | 2       | KABID PUGPPKK        |
      | 3       | JAFUNG / PELAKSANA   |
      | 4       | KABID PUGPPKK        |
      | 5       | Tim Pengelola P2WKSS |
      | 6       | Tim Pengelola P2WKSS |
      | 7       | JAFUNG / PELAKSANA   |
      | 8       | KABID PUGPPKK        |
      | 9       | Tim Pengelola P2WKSS |
      | 10      | JAFUNG / PELAKSANA   |
      | 11      | KABID PUGPPKK        |
      | 12      | Sekretaris DPPPA     |
      | 13      | Kepala DPPPA         |
      | 14      | KABID PUGPPKK        |
      | 15      | Kepala DPPPA         |
      | 16      | JAFUNG / PELAKSANA   |
      | 17      | KABID PUGPPKK        |
      | 18      | Sekretaris DPPPA     |
      | 19      | Kepala DPPPA         |

  @langkah-1
  Aturan: Langkah 1 oleh Kepala DPPPA
    Uraian: Mengintruksikan dan mengarahkan Kabid untuk melakukan persiapan P2WKSS
    Kelengkapan: Tupoksi; DPA PPA
    Output: Disposisi
    Waktu: 1 Jam

    @positif
    Skenario: Langkah 1 dilaksanakan oleh Kepala DPPPA
      Maka langkah 1 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen |
        | Tupoksi |
        | DPA PPA |
      Maka langkah 1 diterima
      Dan output langkah 1 tersedia:
        | dokumen   |
        | Disposisi |
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA"
      Dan langkah 2 siap untuk "KABID PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 1 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Ketika "<pelaksana>" menyelesaikan langkah 1 beserta dokumen:
        | dokumen |
        | Tupoksi |
        | DPA PPA |
      Maka langkah 1 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Sekretaris DPPPA     |
        | KABID PUGPPKK        |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @kelengkapan-kurang
    Skenario: Langkah 1 ditolak tanpa kelengkapan "Tupoksi"
      Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen |
        | DPA PPA |
      Maka langkah 1 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 1 ditolak tanpa kelengkapan "DPA PPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen |
        | Tupoksi |
      Maka langkah 1 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 1 ditolak bila diulang
      Jika langkah 1 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen |
        | Tupoksi |
        | DPA PPA |
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
      Ketika "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen |
        | Tupoksi |
        | DPA PPA |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 1 yang selesai sesudah standar waktu 1 Jam tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 61 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen |
        | Tupoksi |
        | DPA PPA |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 1 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Jam menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Maka batas waktu langkah 1 adalah 1 Jam (60 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 60 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 1 beserta dokumen:
        | dokumen |
        | Tupoksi |
        | DPA PPA |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "Kepala DPPPA" pada jam uji, tepat waktu

  @langkah-2
  Aturan: Langkah 2 oleh KABID PUGPPKK
    Uraian: Mengadakan rapat persiapan kegiatan P2WKSS dengan para Kabid dan Jafung pada DPPPA dan OPD terkait
    Kelengkapan: Data Keluarga Miskin
    Output: Notulen; Data Keluarga Miskin; Berita Acara
    Waktu: 1 Jam

    @positif
    Skenario: Langkah 2 dilaksanakan oleh KABID PUGPPKK
      Jika langkah 1 sudah selesai
      Maka langkah 2 siap untuk "KABID PUGPPKK"
      Ketika "KABID PUGPPKK" menyelesaikan langkah 2 beserta dokumen:
        | dokumen              |
        | Data Keluarga Miskin |
      Maka langkah 2 diterima
      Dan output langkah 2 tersedia:
        | dokumen              |
        | Notulen              |
        | Data Keluarga Miskin |
        | Berita Acara         |
      Dan riwayat mencatat langkah 2 oleh "KABID PUGPPKK"
      Dan langkah 3 siap untuk "JAFUNG / PELAKSANA"

    @pelaksana-salah
    Skenario konsep: Langkah 2 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 2 beserta dokumen:
        | dokumen              |
        | Data Keluarga Miskin |
      Maka langkah 2 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | Sekretaris DPPPA     |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @kelengkapan-kurang
    Skenario: Langkah 2 ditolak tanpa kelengkapan "Data Keluarga Miskin"
      Jika langkah 1 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 2
      Maka langkah 2 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 2 ditolak sebelum langkah 1 selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 2 beserta dokumen:
        | dokumen              |
        | Data Keluarga Miskin |
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
      Ketika "KABID PUGPPKK" menyelesaikan langkah 2 beserta dokumen:
        | dokumen              |
        | Data Keluarga Miskin |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 2 yang selesai sesudah standar waktu 1 Jam tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 61 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 2 beserta dokumen:
        | dokumen              |
        | Data Keluarga Miskin |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "KABID PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 2 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Jam menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Maka batas waktu langkah 2 adalah 1 Jam (60 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 60 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 2 beserta dokumen:
        | dokumen              |
        | Data Keluarga Miskin |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

  # Langkah 3: kelengkapan yang dibuat langkah sebelumnya (Berita Acara) diuji lewat output langkah 2.
  @langkah-3
  Aturan: Langkah 3 oleh JAFUNG / PELAKSANA
    Uraian: Membuat SK Tim Tingkat Kota dan SK penunjukan Lokasi P2WKSS yang ditandatangan oleh Wali Kota; Membuat surat tugas untuk pelaksanaan kegiatan P2WKSS yang ditandatangan oleh Kepala DPPPA; Membuat surat undangan rapat koordinasi yang ditandatangan oleh Kepala DPPPA; Mempersiapkan Instrumen Penilaian P2WKSS dari Provinsi
    Kelengkapan: Berita Acara; Susunan Panitia Kegiatan
    Output: SK; Surat Tugas; Surat Undangan; Lembar Copy Instrumen Penilaian P2WKSS
    Waktu: 2 Minggu

    @positif
    Skenario: Langkah 3 dilaksanakan oleh JAFUNG / PELAKSANA
      Jika langkah 1 sampai 2 sudah selesai
      Maka langkah 3 siap untuk "JAFUNG / PELAKSANA"
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                  |
        | Susunan Panitia Kegiatan |
      Maka langkah 3 diterima
      Dan output langkah 3 tersedia:
        | dokumen                                |
        | SK                                     |
        | Surat Tugas                            |
        | Surat Undangan                         |
        | Lembar Copy Instrumen Penilaian P2WKSS |
      Dan riwayat mencatat langkah 3 oleh "JAFUNG / PELAKSANA"
      Dan langkah 4 siap untuk "KABID PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 3 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                  |
        | Susunan Panitia Kegiatan |
      Maka langkah 3 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | Sekretaris DPPPA     |
        | KABID PUGPPKK        |
        | Tim Pengelola P2WKSS |

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "Susunan Panitia Kegiatan"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 3
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 3 ditolak sebelum langkah 2 selesai
      Jika langkah 1 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                  |
        | Berita Acara             |
        | Susunan Panitia Kegiatan |
      Maka langkah 3 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 3 memenuhi standar waktu 2 Minggu
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 2250 menit kerja
      Maka batas waktu langkah 3 adalah 2 Minggu (4500 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 2250 menit kerja
      Maka batas waktu langkah 3 adalah 2 Minggu (4500 menit kerja) sejak langkah itu siap
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                  |
        | Susunan Panitia Kegiatan |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 3 yang selesai sesudah standar waktu 2 Minggu tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 4501 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                  |
        | Susunan Panitia Kegiatan |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "JAFUNG / PELAKSANA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 3 yang siap Jumat pukul 15.30 mendapat batas waktu 2 Minggu menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Maka batas waktu langkah 3 adalah 2 Minggu (4500 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 4500 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                  |
        | Susunan Panitia Kegiatan |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

  @langkah-4
  Aturan: Langkah 4 oleh KABID PUGPPKK
    Uraian: Melakukan rapat koordinasi untuk kegiatan P2WKSS.
    Kelengkapan: Daftar Hadir
    Output: Berita Acara
    Waktu: -

    @positif
    Skenario: Langkah 4 dilaksanakan oleh KABID PUGPPKK
      Jika langkah 1 sampai 3 sudah selesai
      Maka langkah 4 siap untuk "KABID PUGPPKK"
      Ketika "KABID PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen      |
        | Daftar Hadir |
      Maka langkah 4 diterima
      Dan output langkah 4 tersedia:
        | dokumen      |
        | Berita Acara |
      Dan riwayat mencatat langkah 4 oleh "KABID PUGPPKK"
      Dan langkah 5 siap untuk "Tim Pengelola P2WKSS"

    @pelaksana-salah
    Skenario konsep: Langkah 4 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 4 beserta dokumen:
        | dokumen      |
        | Daftar Hadir |
      Maka langkah 4 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | Sekretaris DPPPA     |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @kelengkapan-kurang
    Skenario: Langkah 4 ditolak tanpa kelengkapan "Daftar Hadir"
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 4
      Maka langkah 4 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 4 ditolak sebelum langkah 3 selesai
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 4 beserta dokumen:
        | dokumen      |
        | Daftar Hadir |
      Maka langkah 4 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

  # Langkah 5: kelengkapan yang dibuat langkah sebelumnya (SK) diuji lewat output langkah 3.
  @langkah-5
  Aturan: Langkah 5 oleh Tim Pengelola P2WKSS
    Uraian: Melakukan koordinasi dengan kelurahan dan RW lokasi P2WKSS dan mendata 100 KK Binaan; Membuat Jadwal Pembinaan dari OPD untuk 100 KK Binaan
    Kelengkapan: SK; Data 100 KK binaan P2WKSS
    Output: Dokumentasi; Data 100 KK binaan P2WKSS; Jadwal Pembinaan
    Waktu: 2 Hari

    @positif
    Skenario: Langkah 5 dilaksanakan oleh Tim Pengelola P2WKSS
      Jika langkah 1 sampai 4 sudah selesai
      Maka langkah 5 siap untuk "Tim Pengelola P2WKSS"
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                   |
        | Data 100 KK binaan P2WKSS |
      Maka langkah 5 diterima
      Dan output langkah 5 tersedia:
        | dokumen                   |
        | Dokumentasi               |
        | Data 100 KK binaan P2WKSS |
        | Jadwal Pembinaan          |
      Dan riwayat mencatat langkah 5 oleh "Tim Pengelola P2WKSS"
      Dan langkah 6 siap untuk "Tim Pengelola P2WKSS"

    @pelaksana-salah
    Skenario konsep: Langkah 5 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                   |
        | Data 100 KK binaan P2WKSS |
      Maka langkah 5 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | KABID PUGPPKK      |
        | JAFUNG / PELAKSANA |

    @kelengkapan-kurang
    Skenario: Langkah 5 ditolak tanpa kelengkapan "Data 100 KK binaan P2WKSS"
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 5
      Maka langkah 5 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 5 ditolak sebelum langkah 4 selesai
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                   |
        | SK                        |
        | Data 100 KK binaan P2WKSS |
      Maka langkah 5 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 5 memenuhi standar waktu 2 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 450 menit kerja
      Maka batas waktu langkah 5 adalah 2 Hari (900 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Maka batas waktu langkah 5 adalah 2 Hari (900 menit kerja) sejak langkah itu siap
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                   |
        | Data 100 KK binaan P2WKSS |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Tim Pengelola P2WKSS" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 5 yang selesai sesudah standar waktu 2 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 901 menit kerja
      Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                   |
        | Data 100 KK binaan P2WKSS |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Tim Pengelola P2WKSS" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 5 yang siap Jumat pukul 15.30 mendapat batas waktu 2 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Maka batas waktu langkah 5 adalah 2 Hari (900 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 900 menit kerja
      Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                   |
        | Data 100 KK binaan P2WKSS |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Tim Pengelola P2WKSS" pada jam uji, tepat waktu

  @langkah-6
  Aturan: Langkah 6 oleh Tim Pengelola P2WKSS
    Uraian: Melakukan pembinaan dan pelatihan P2WKSS kepada 100 KK Binaan P2WKSS; Melakukan monitoring hasil pembinaan kepada 100 KK Binaan P2WKSS; Melakukan penilaian P2WKSS
    Kelengkapan: Materi pembinaan dan pelatihan; Instrumen penilaian P2WKSS
    Output: Instrumen penilaian P2WKSS telah diisi
    Waktu: 72 Hari

    @positif
    Skenario: Langkah 6 dilaksanakan oleh Tim Pengelola P2WKSS
      Jika langkah 1 sampai 5 sudah selesai
      Maka langkah 6 siap untuk "Tim Pengelola P2WKSS"
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                        |
        | Materi pembinaan dan pelatihan |
        | Instrumen penilaian P2WKSS     |
      Maka langkah 6 diterima
      Dan output langkah 6 tersedia:
        | dokumen                                |
        | Instrumen penilaian P2WKSS telah diisi |
      Dan riwayat mencatat langkah 6 oleh "Tim Pengelola P2WKSS"
      Dan langkah 7 siap untuk "JAFUNG / PELAKSANA"

    @pelaksana-salah
    Skenario konsep: Langkah 6 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                        |
        | Materi pembinaan dan pelatihan |
        | Instrumen penilaian P2WKSS     |
      Maka langkah 6 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | KABID PUGPPKK      |
        | JAFUNG / PELAKSANA |

    @kelengkapan-kurang
    Skenario: Langkah 6 ditolak tanpa kelengkapan "Materi pembinaan dan pelatihan"
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                    |
        | Instrumen penilaian P2WKSS |
      Maka langkah 6 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 6 ditolak tanpa kelengkapan "Instrumen penilaian P2WKSS"
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                        |
        | Materi pembinaan dan pelatihan |
      Maka langkah 6 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 6 ditolak sebelum langkah 5 selesai
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                        |
        | Materi pembinaan dan pelatihan |
        | Instrumen penilaian P2WKSS     |
      Maka langkah 6 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 6 memenuhi standar waktu 72 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 5 sudah selesai
      Ketika jam uji maju 16200 menit kerja
      Maka batas waktu langkah 6 adalah 72 Hari (32400 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 16200 menit kerja
      Maka batas waktu langkah 6 adalah 72 Hari (32400 menit kerja) sejak langkah itu siap
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                        |
        | Materi pembinaan dan pelatihan |
        | Instrumen penilaian P2WKSS     |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Tim Pengelola P2WKSS" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 6 yang selesai sesudah standar waktu 72 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Ketika jam uji maju 32401 menit kerja
      Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                        |
        | Materi pembinaan dan pelatihan |
        | Instrumen penilaian P2WKSS     |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Tim Pengelola P2WKSS" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 6 yang siap Jumat pukul 15.30 mendapat batas waktu 72 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Maka batas waktu langkah 6 adalah 72 Hari (32400 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 32400 menit kerja
      Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                        |
        | Materi pembinaan dan pelatihan |
        | Instrumen penilaian P2WKSS     |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Tim Pengelola P2WKSS" pada jam uji, tepat waktu

  @langkah-7
  Aturan: Langkah 7 oleh JAFUNG / PELAKSANA
    Uraian: Merekap hasil Penilaian P2WKSS
    Kelengkapan: Instrumen Penilaian P2WKSS yang sudah diisi
    Output: Rekapitulasi penilaian P2WKSS
    Waktu: 2 Hari

    @positif
    Skenario: Langkah 7 dilaksanakan oleh JAFUNG / PELAKSANA
      Jika langkah 1 sampai 6 sudah selesai
      Maka langkah 7 siap untuk "JAFUNG / PELAKSANA"
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                     |
        | Instrumen Penilaian P2WKSS yang sudah diisi |
      Maka langkah 7 diterima
      Dan output langkah 7 tersedia:
        | dokumen                       |
        | Rekapitulasi penilaian P2WKSS |
      Dan riwayat mencatat langkah 7 oleh "JAFUNG / PELAKSANA"
      Dan langkah 8 siap untuk "KABID PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 7 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                     |
        | Instrumen Penilaian P2WKSS yang sudah diisi |
      Maka langkah 7 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | Sekretaris DPPPA     |
        | KABID PUGPPKK        |
        | Tim Pengelola P2WKSS |

    @kelengkapan-kurang
    Skenario: Langkah 7 ditolak tanpa kelengkapan "Instrumen Penilaian P2WKSS yang sudah diisi"
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 7
      Maka langkah 7 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 7 ditolak sebelum langkah 6 selesai
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                     |
        | Instrumen Penilaian P2WKSS yang sudah diisi |
      Maka langkah 7 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 7 memenuhi standar waktu 2 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 450 menit kerja
      Maka batas waktu langkah 7 adalah 2 Hari (900 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Maka batas waktu langkah 7 adalah 2 Hari (900 menit kerja) sejak langkah itu siap
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                     |
        | Instrumen Penilaian P2WKSS yang sudah diisi |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 7 yang selesai sesudah standar waktu 2 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 901 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                     |
        | Instrumen Penilaian P2WKSS yang sudah diisi |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "JAFUNG / PELAKSANA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 7 yang siap Jumat pukul 15.30 mendapat batas waktu 2 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Maka batas waktu langkah 7 adalah 2 Hari (900 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 900 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                     |
        | Instrumen Penilaian P2WKSS yang sudah diisi |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

  # Langkah 8: kelengkapan yang dibuat langkah sebelumnya (Rekapitulasi penilaian P2WKSS) diuji lewat output langkah 7.
  @langkah-8
  Aturan: Langkah 8 oleh KABID PUGPPKK
    Uraian: Melakukan Rapat Koordinasi persiapan verifikasi akhir
    Kelengkapan: Rekapitulasi penilaian P2WKSS
    Output: Berita Acara
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 8 dilaksanakan oleh KABID PUGPPKK
      Jika langkah 1 sampai 7 sudah selesai
      Maka langkah 8 siap untuk "KABID PUGPPKK"
      Ketika "KABID PUGPPKK" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan output langkah 8 tersedia:
        | dokumen      |
        | Berita Acara |
      Dan riwayat mencatat langkah 8 oleh "KABID PUGPPKK"
      Dan langkah 9 siap untuk "Tim Pengelola P2WKSS"

    @pelaksana-salah
    Skenario konsep: Langkah 8 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 8
      Maka langkah 8 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | Sekretaris DPPPA     |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @urutan-salah
    Skenario: Langkah 8 ditolak sebelum langkah 7 selesai
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                       |
        | Rekapitulasi penilaian P2WKSS |
      Maka langkah 8 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 8 memenuhi standar waktu 1 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 8 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 8 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika "KABID PUGPPKK" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 8 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "KABID PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 8 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Maka batas waktu langkah 8 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 8
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

  # Langkah 9: kelengkapan yang dibuat langkah sebelumnya (Dokumentasi) diuji lewat output langkah 5.
  @langkah-9
  Aturan: Langkah 9 oleh Tim Pengelola P2WKSS
    Uraian: Melakukan persiapan penilaian dari Provinsi di lokasi P2WKSS dengan Camat, Lurah, RW dan RT
    Kelengkapan: Dokumentasi; data kelengkapan administrasi penilaian
    Output: Dokumentasi; data kelengkapan administrasi penilaian
    Waktu: 3 Hari

    @positif
    Skenario: Langkah 9 dilaksanakan oleh Tim Pengelola P2WKSS
      Jika langkah 1 sampai 8 sudah selesai
      Maka langkah 9 siap untuk "Tim Pengelola P2WKSS"
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                 |
        | data kelengkapan administrasi penilaian |
      Maka langkah 9 diterima
      Dan output langkah 9 tersedia:
        | dokumen                                 |
        | Dokumentasi                             |
        | data kelengkapan administrasi penilaian |
      Dan riwayat mencatat langkah 9 oleh "Tim Pengelola P2WKSS"
      Dan langkah 10 siap untuk "JAFUNG / PELAKSANA"

    @pelaksana-salah
    Skenario konsep: Langkah 9 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                 |
        | data kelengkapan administrasi penilaian |
      Maka langkah 9 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | KABID PUGPPKK      |
        | JAFUNG / PELAKSANA |

    @kelengkapan-kurang
    Skenario: Langkah 9 ditolak tanpa kelengkapan "data kelengkapan administrasi penilaian"
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 9
      Maka langkah 9 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 9 ditolak sebelum langkah 8 selesai
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                 |
        | Dokumentasi                             |
        | data kelengkapan administrasi penilaian |
      Maka langkah 9 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 9 memenuhi standar waktu 3 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 8 sudah selesai
      Ketika jam uji maju 675 menit kerja
      Maka batas waktu langkah 9 adalah 3 Hari (1350 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 675 menit kerja
      Maka batas waktu langkah 9 adalah 3 Hari (1350 menit kerja) sejak langkah itu siap
      Ketika "Tim Pengelola P2WKSS" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                 |
        | data kelengkapan administrasi penilaian |
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Tim Pengelola P2WKSS" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 9 yang selesai sesudah standar waktu 3 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Ketika jam uji maju 1351 menit kerja
      Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                 |
        | data kelengkapan administrasi penilaian |
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Tim Pengelola P2WKSS" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 9 yang siap Jumat pukul 15.30 mendapat batas waktu 3 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Maka batas waktu langkah 9 adalah 3 Hari (1350 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 1350 menit kerja
      Dan "Tim Pengelola P2WKSS" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                 |
        | data kelengkapan administrasi penilaian |
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Tim Pengelola P2WKSS" pada jam uji, tepat waktu

  # Langkah 10: kelengkapan yang dibuat langkah sebelumnya (Dokumentasi; data kelengkapan administrasi penilaian) diuji lewat output langkah 5, 9.
  @langkah-10
  Aturan: Langkah 10 oleh JAFUNG / PELAKSANA
    Uraian: Menyusun draf laporan hasil persiapan penilaian P2WKSS
    Kelengkapan: Dokumentasi; data kelengkapan administrasi penilaian
    Output: Draf laporan hasil persiapan penilaian P2WKSS
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 10 dilaksanakan oleh JAFUNG / PELAKSANA
      Jika langkah 1 sampai 9 sudah selesai
      Maka langkah 10 siap untuk "JAFUNG / PELAKSANA"
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan output langkah 10 tersedia:
        | dokumen                                       |
        | Draf laporan hasil persiapan penilaian P2WKSS |
      Dan riwayat mencatat langkah 10 oleh "JAFUNG / PELAKSANA"
      Dan langkah 11 siap untuk "KABID PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 10 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 9 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 10
      Maka langkah 10 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | Sekretaris DPPPA     |
        | KABID PUGPPKK        |
        | Tim Pengelola P2WKSS |

    @urutan-salah
    Skenario: Langkah 10 ditolak sebelum langkah 9 selesai
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                 |
        | Dokumentasi                             |
        | data kelengkapan administrasi penilaian |
      Maka langkah 10 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 10 memenuhi standar waktu 1 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 9 sudah selesai
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 10 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 10 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 10 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 9 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "JAFUNG / PELAKSANA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 10 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 9 sudah selesai
      Maka batas waktu langkah 10 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

  # Langkah 11: kelengkapan yang dibuat langkah sebelumnya (Draf laporan hasil persiapan penilaian P2WKSS) diuji lewat output langkah 10.
  @langkah-11
  Aturan: Langkah 11 oleh KABID PUGPPKK
    Uraian: Menerima, memeriksa dan memaraf draf laporan hasil persiapan penilaian P2WKSS
    Kelengkapan: Draf laporan hasil persiapan penilaian P2WKSS
    Output: Draf laporan hasil persiapan penilaian P2WKSS diparaf oleh Kabid
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 11 dilaksanakan oleh KABID PUGPPKK
      Jika langkah 1 sampai 10 sudah selesai
      Maka langkah 11 siap untuk "KABID PUGPPKK"
      Ketika "KABID PUGPPKK" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan output langkah 11 tersedia:
        | dokumen                                                          |
        | Draf laporan hasil persiapan penilaian P2WKSS diparaf oleh Kabid |
      Dan riwayat mencatat langkah 11 oleh "KABID PUGPPKK"
      Dan langkah 12 siap untuk "Sekretaris DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 11 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 10 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 11
      Maka langkah 11 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | Sekretaris DPPPA     |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @urutan-salah
    Skenario: Langkah 11 ditolak sebelum langkah 10 selesai
      Jika langkah 1 sampai 9 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 11 beserta dokumen:
        | dokumen                                       |
        | Draf laporan hasil persiapan penilaian P2WKSS |
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
      Ketika "KABID PUGPPKK" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 11 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 10 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "KABID PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 11 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 10 sudah selesai
      Maka batas waktu langkah 11 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

  # Langkah 12: kelengkapan yang dibuat langkah sebelumnya (Draf laporan hasil persiapan penilaian P2WKSS) diuji lewat output langkah 10.
  @langkah-12
  Aturan: Langkah 12 oleh Sekretaris DPPPA
    Uraian: Menerima, memeriksa dan memaraf draf laporan hasil persiapan penilaian P2WKSS
    Kelengkapan: Draf laporan hasil persiapan penilaian P2WKSS
    Output: Draf laporan hasil persiapan penilaian P2WKSS di paraf oleh Sekdis
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 12 dilaksanakan oleh Sekretaris DPPPA
      Jika langkah 1 sampai 11 sudah selesai
      Maka langkah 12 siap untuk "Sekretaris DPPPA"
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 12
      Maka langkah 12 diterima
      Dan output langkah 12 tersedia:
        | dokumen                                                            |
        | Draf laporan hasil persiapan penilaian P2WKSS di paraf oleh Sekdis |
      Dan riwayat mencatat langkah 12 oleh "Sekretaris DPPPA"
      Dan langkah 13 siap untuk "Kepala DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 12 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 11 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 12
      Maka langkah 12 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | KABID PUGPPKK        |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @urutan-salah
    Skenario: Langkah 12 ditolak sebelum langkah 11 selesai
      Jika langkah 1 sampai 10 sudah selesai
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 12 beserta dokumen:
        | dokumen                                       |
        | Draf laporan hasil persiapan penilaian P2WKSS |
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
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 12
      Maka langkah 12 diterima
      Dan riwayat mencatat langkah 12 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 12 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 11 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 12
      Maka langkah 12 diterima
      Dan riwayat mencatat langkah 12 oleh "Sekretaris DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 12 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 11 sudah selesai
      Maka batas waktu langkah 12 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 12
      Maka langkah 12 diterima
      Dan riwayat mencatat langkah 12 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

  # Langkah 13: kelengkapan yang dibuat langkah sebelumnya (Draf laporan hasil persiapan penilaian P2WKSS) diuji lewat output langkah 10.
  @langkah-13
  Aturan: Langkah 13 oleh Kepala DPPPA
    Uraian: Menerima, memeriksa dan menandatangani draf laporan hasil persiapan penilaian P2WKSS dan melaporkan ke Wali Kota
    Kelengkapan: Draf laporan hasil persiapan penilaian P2WKSS
    Output: Laporan hasil persiapan penilaian di tandatangan oleh Kepala DPPPA
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 13 dilaksanakan oleh Kepala DPPPA
      Jika langkah 1 sampai 12 sudah selesai
      Maka langkah 13 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 13
      Maka langkah 13 diterima
      Dan output langkah 13 tersedia:
        | dokumen                                                            |
        | Laporan hasil persiapan penilaian di tandatangan oleh Kepala DPPPA |
      Dan riwayat mencatat langkah 13 oleh "Kepala DPPPA"
      Dan langkah 14 siap untuk "KABID PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 13 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 12 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 13
      Maka langkah 13 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Sekretaris DPPPA     |
        | KABID PUGPPKK        |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @urutan-salah
    Skenario: Langkah 13 ditolak sebelum langkah 12 selesai
      Jika langkah 1 sampai 11 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 13 beserta dokumen:
        | dokumen                                       |
        | Draf laporan hasil persiapan penilaian P2WKSS |
      Maka langkah 13 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 13 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 12 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 13 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 13 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "Kepala DPPPA" menyelesaikan langkah 13
      Maka langkah 13 diterima
      Dan riwayat mencatat langkah 13 oleh "Kepala DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 13 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 12 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 13
      Maka langkah 13 diterima
      Dan riwayat mencatat langkah 13 oleh "Kepala DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 13 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 12 sudah selesai
      Maka batas waktu langkah 13 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 13
      Maka langkah 13 diterima
      Dan riwayat mencatat langkah 13 oleh "Kepala DPPPA" pada jam uji, tepat waktu

  @langkah-14
  Aturan: Langkah 14 oleh KABID PUGPPKK
    Uraian: Melaksanakan penilaian P2WKSS dari Provinsi Jawa Barat
    Kelengkapan: 100 KK binaan P2WKSS
    Output: Dokumentasi
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 14 dilaksanakan oleh KABID PUGPPKK
      Jika langkah 1 sampai 13 sudah selesai
      Maka langkah 14 siap untuk "KABID PUGPPKK"
      Ketika "KABID PUGPPKK" menyelesaikan langkah 14 beserta dokumen:
        | dokumen              |
        | 100 KK binaan P2WKSS |
      Maka langkah 14 diterima
      Dan output langkah 14 tersedia:
        | dokumen     |
        | Dokumentasi |
      Dan riwayat mencatat langkah 14 oleh "KABID PUGPPKK"
      Dan langkah 15 siap untuk "Kepala DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 14 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 13 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 14 beserta dokumen:
        | dokumen              |
        | 100 KK binaan P2WKSS |
      Maka langkah 14 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | Sekretaris DPPPA     |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @kelengkapan-kurang
    Skenario: Langkah 14 ditolak tanpa kelengkapan "100 KK binaan P2WKSS"
      Jika langkah 1 sampai 13 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 14
      Maka langkah 14 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 14 ditolak sebelum langkah 13 selesai
      Jika langkah 1 sampai 12 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 14 beserta dokumen:
        | dokumen              |
        | 100 KK binaan P2WKSS |
      Maka langkah 14 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 14 memenuhi standar waktu 1 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 13 sudah selesai
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 14 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 14 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika "KABID PUGPPKK" menyelesaikan langkah 14 beserta dokumen:
        | dokumen              |
        | 100 KK binaan P2WKSS |
      Maka langkah 14 diterima
      Dan riwayat mencatat langkah 14 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 14 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 13 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 14 beserta dokumen:
        | dokumen              |
        | 100 KK binaan P2WKSS |
      Maka langkah 14 diterima
      Dan riwayat mencatat langkah 14 oleh "KABID PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 14 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 13 sudah selesai
      Maka batas waktu langkah 14 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 14 beserta dokumen:
        | dokumen              |
        | 100 KK binaan P2WKSS |
      Maka langkah 14 diterima
      Dan riwayat mencatat langkah 14 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

  @langkah-15
  Aturan: Langkah 15 oleh Kepala DPPPA
    Uraian: Menerima dan mendisposisi hasil penilaian P2WKSS dari Provinsi Jawa Barat
    Kelengkapan: Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat
    Output: Disposisi
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 15 dilaksanakan oleh Kepala DPPPA
      Jika langkah 1 sampai 14 sudah selesai
      Maka langkah 15 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 15 beserta dokumen:
        | dokumen                                               |
        | Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat |
      Maka langkah 15 diterima
      Dan output langkah 15 tersedia:
        | dokumen   |
        | Disposisi |
      Dan riwayat mencatat langkah 15 oleh "Kepala DPPPA"
      Dan langkah 16 siap untuk "JAFUNG / PELAKSANA"

    @pelaksana-salah
    Skenario konsep: Langkah 15 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 14 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 15 beserta dokumen:
        | dokumen                                               |
        | Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat |
      Maka langkah 15 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Sekretaris DPPPA     |
        | KABID PUGPPKK        |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @kelengkapan-kurang
    Skenario: Langkah 15 ditolak tanpa kelengkapan "Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat"
      Jika langkah 1 sampai 14 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 15
      Maka langkah 15 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 15 ditolak sebelum langkah 14 selesai
      Jika langkah 1 sampai 13 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 15 beserta dokumen:
        | dokumen                                               |
        | Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat |
      Maka langkah 15 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 15 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 14 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 15 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 15 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "Kepala DPPPA" menyelesaikan langkah 15 beserta dokumen:
        | dokumen                                               |
        | Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat |
      Maka langkah 15 diterima
      Dan riwayat mencatat langkah 15 oleh "Kepala DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 15 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 14 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 15 beserta dokumen:
        | dokumen                                               |
        | Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat |
      Maka langkah 15 diterima
      Dan riwayat mencatat langkah 15 oleh "Kepala DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 15 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 14 sudah selesai
      Maka batas waktu langkah 15 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 15 beserta dokumen:
        | dokumen                                               |
        | Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat |
      Maka langkah 15 diterima
      Dan riwayat mencatat langkah 15 oleh "Kepala DPPPA" pada jam uji, tepat waktu

  # Langkah 16: kelengkapan yang dibuat langkah sebelumnya (Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat) diuji lewat output langkah sebelumnya.
  @langkah-16
  Aturan: Langkah 16 oleh JAFUNG / PELAKSANA
    Uraian: Menyusun draf laporan Hasil Penilaian P2WKSS
    Kelengkapan: Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat
    Output: Draf Laporan Hasil Penilaian P2WKSS
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 16 dilaksanakan oleh JAFUNG / PELAKSANA
      Jika langkah 1 sampai 15 sudah selesai
      Maka langkah 16 siap untuk "JAFUNG / PELAKSANA"
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 16
      Maka langkah 16 diterima
      Dan output langkah 16 tersedia:
        | dokumen                             |
        | Draf Laporan Hasil Penilaian P2WKSS |
      Dan riwayat mencatat langkah 16 oleh "JAFUNG / PELAKSANA"
      Dan langkah 17 siap untuk "KABID PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 16 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 15 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 16
      Maka langkah 16 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | Sekretaris DPPPA     |
        | KABID PUGPPKK        |
        | Tim Pengelola P2WKSS |

    @urutan-salah
    Skenario: Langkah 16 ditolak sebelum langkah 15 selesai
      Jika langkah 1 sampai 14 sudah selesai
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 16 beserta dokumen:
        | dokumen                                               |
        | Surat hasil penilaian P2WKSS dari Provinsi Jawa Barat |
      Maka langkah 16 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 16 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 15 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 16 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 16 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "JAFUNG / PELAKSANA" menyelesaikan langkah 16
      Maka langkah 16 diterima
      Dan riwayat mencatat langkah 16 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 16 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 15 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 16
      Maka langkah 16 diterima
      Dan riwayat mencatat langkah 16 oleh "JAFUNG / PELAKSANA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 16 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 15 sudah selesai
      Maka batas waktu langkah 16 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "JAFUNG / PELAKSANA" menyelesaikan langkah 16
      Maka langkah 16 diterima
      Dan riwayat mencatat langkah 16 oleh "JAFUNG / PELAKSANA" pada jam uji, tepat waktu

  # Langkah 17: kelengkapan yang dibuat langkah sebelumnya (Draf Laporan Hasil Penilaian P2WKSS) diuji lewat output langkah 16.
  @langkah-17
  Aturan: Langkah 17 oleh KABID PUGPPKK
    Uraian: Menerima, memeriksa dan memaraf draf laporan Hasil Penilaian P2WKSS
    Kelengkapan: Draf Laporan Hasil Penilaian P2WKSS
    Output: Draf Laporan Hasil Penilaian P2WKSS telah diparaf oleh Kabid
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 17 dilaksanakan oleh KABID PUGPPKK
      Jika langkah 1 sampai 16 sudah selesai
      Maka langkah 17 siap untuk "KABID PUGPPKK"
      Ketika "KABID PUGPPKK" menyelesaikan langkah 17
      Maka langkah 17 diterima
      Dan output langkah 17 tersedia:
        | dokumen                                                      |
        | Draf Laporan Hasil Penilaian P2WKSS telah diparaf oleh Kabid |
      Dan riwayat mencatat langkah 17 oleh "KABID PUGPPKK"
      Dan langkah 18 siap untuk "Sekretaris DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 17 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 16 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 17
      Maka langkah 17 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | Sekretaris DPPPA     |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @urutan-salah
    Skenario: Langkah 17 ditolak sebelum langkah 16 selesai
      Jika langkah 1 sampai 15 sudah selesai
      Ketika "KABID PUGPPKK" menyelesaikan langkah 17 beserta dokumen:
        | dokumen                             |
        | Draf Laporan Hasil Penilaian P2WKSS |
      Maka langkah 17 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 17 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 16 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 17 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 17 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "KABID PUGPPKK" menyelesaikan langkah 17
      Maka langkah 17 diterima
      Dan riwayat mencatat langkah 17 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 17 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 16 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 17
      Maka langkah 17 diterima
      Dan riwayat mencatat langkah 17 oleh "KABID PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 17 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 16 sudah selesai
      Maka batas waktu langkah 17 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "KABID PUGPPKK" menyelesaikan langkah 17
      Maka langkah 17 diterima
      Dan riwayat mencatat langkah 17 oleh "KABID PUGPPKK" pada jam uji, tepat waktu

  # Langkah 18: kelengkapan yang dibuat langkah sebelumnya (Draf Laporan Hasil Penilaian P2WKSS) diuji lewat output langkah 16.
  @langkah-18
  Aturan: Langkah 18 oleh Sekretaris DPPPA
    Uraian: Menerima, memeriksa dan memaraf draf laporan Hasil Penilaian P2WKSS
    Kelengkapan: Draf Laporan Hasil Penilaian P2WKSS
    Output: Draf Laporan Hasil Penilaian P2WKSS telah diparaf oleh Sekdis
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 18 dilaksanakan oleh Sekretaris DPPPA
      Jika langkah 1 sampai 17 sudah selesai
      Maka langkah 18 siap untuk "Sekretaris DPPPA"
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 18
      Maka langkah 18 diterima
      Dan output langkah 18 tersedia:
        | dokumen                                                       |
        | Draf Laporan Hasil Penilaian P2WKSS telah diparaf oleh Sekdis |
      Dan riwayat mencatat langkah 18 oleh "Sekretaris DPPPA"
      Dan langkah 19 siap untuk "Kepala DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 18 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 17 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 18
      Maka langkah 18 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Kepala DPPPA         |
        | KABID PUGPPKK        |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @urutan-salah
    Skenario: Langkah 18 ditolak sebelum langkah 17 selesai
      Jika langkah 1 sampai 16 sudah selesai
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 18 beserta dokumen:
        | dokumen                             |
        | Draf Laporan Hasil Penilaian P2WKSS |
      Maka langkah 18 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 18 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 17 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 18 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 18 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 18
      Maka langkah 18 diterima
      Dan riwayat mencatat langkah 18 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 18 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 17 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 18
      Maka langkah 18 diterima
      Dan riwayat mencatat langkah 18 oleh "Sekretaris DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 18 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 17 sudah selesai
      Maka batas waktu langkah 18 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 18
      Maka langkah 18 diterima
      Dan riwayat mencatat langkah 18 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

  # Langkah 19: kelengkapan yang dibuat langkah sebelumnya (Draf Laporan Hasil Penilaian P2WKSS) diuji lewat output langkah 16.
  @langkah-19
  Aturan: Langkah 19 oleh Kepala DPPPA
    Uraian: Menerima, memeriksa dan menandatangani draf Laporan Hasil Penilaian P2WKSS; Melaporkan kepada Wali Kota
    Kelengkapan: Draf Laporan Hasil Penilaian P2WKSS
    Output: Laporan Hasil Penilaian P2WKSS telah ditandatangan oleh Kepala DPPPA
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 19 dilaksanakan oleh Kepala DPPPA
      Jika langkah 1 sampai 18 sudah selesai
      Maka langkah 19 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 19
      Maka langkah 19 diterima
      Dan output langkah 19 tersedia:
        | dokumen                                                              |
        | Laporan Hasil Penilaian P2WKSS telah ditandatangan oleh Kepala DPPPA |
      Dan riwayat mencatat langkah 19 oleh "Kepala DPPPA"
      Dan kasus selesai

    @pelaksana-salah
    Skenario konsep: Langkah 19 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 18 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 19
      Maka langkah 19 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana            |
        | Sekretaris DPPPA     |
        | KABID PUGPPKK        |
        | JAFUNG / PELAKSANA   |
        | Tim Pengelola P2WKSS |

    @urutan-salah
    Skenario: Langkah 19 ditolak sebelum langkah 18 selesai
      Jika langkah 1 sampai 17 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 19 beserta dokumen:
        | dokumen                             |
        | Draf Laporan Hasil Penilaian P2WKSS |
      Maka langkah 19 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 19 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 18 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 19 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 19 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "Kepala DPPPA" menyelesaikan langkah 19
      Maka langkah 19 diterima
      Dan riwayat mencatat langkah 19 oleh "Kepala DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 19 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 18 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 19
      Maka langkah 19 diterima
      Dan riwayat mencatat langkah 19 oleh "Kepala DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 19 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 18 sudah selesai
      Maka batas waktu langkah 19 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 19
      Maka langkah 19 diterima
      Dan riwayat mencatat langkah 19 oleh "Kepala DPPPA" pada jam uji, tepat waktu
