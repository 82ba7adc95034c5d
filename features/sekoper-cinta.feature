# language: id
# sopap: fitur uji kesesuaian
# Dibuat oleh `sopap features` dari SOP 'sekoper-cinta'; jangan disunting: ubah sumber SOP lalu jalankan lagi.
# Jalankan: pytest features/ --sop-impl=reference (lihat docs/kesesuaian.md)
@sop-sekoper-cinta
Fitur: Kesesuaian SOP Penyelenggaraan Sekolah Perempuan Capai Impian dan Cita-cita (SEKOPER CINTA)
  SOP: Penyelenggaraan Sekolah Perempuan Capai Impian dan Cita-cita (SEKOPER CINTA)
  Bidang: PUGPPKK
  Pelaksana: Kepala DPPPA (kadis); Sekretaris DPPPA (sekdis); Kabid PUGPPKK (kabid); Jafung / Pelaksana (jafung)
  Setiap aturan menguji satu langkah: pelaksana, kelengkapan, output, urutan dan waktu.

  Latar Belakang:
    Jika SOP "sekoper-cinta" terpasang
    Dan sebuah kasus baru dimulai

  @kasus-lengkap
  Skenario: Satu kasus berjalan dari langkah 1 sampai langkah 12
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 1 beserta dokumen:
      | dokumen          |
      | Lembar Disposisi |
    Maka langkah 1 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
      | dokumen   |
      | SK P2WKSS |
    Maka langkah 2 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                                          |
      | Daftar Hadir Peserta Sekoci                      |
      | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi |
      | Materi                                           |
    Maka langkah 3 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
      | dokumen                                               |
      | Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      | surat undangan wisuda dari Provinsi                   |
    Maka langkah 5 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 6 beserta dokumen:
      | dokumen                             |
      | Draft undangan wisuda Sekoper Cinta |
    Maka langkah 6 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 7 beserta dokumen:
      | dokumen                            |
      | Daftar Hadir Peserta Sekoper Cinta |
    Maka langkah 7 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
      | dokumen                    |
      | Data Peserta Sekoper Cinta |
      | Dokumentasi                |
    Maka langkah 8 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 12 beserta dokumen:
      | dokumen                                    |
      | Laporan Pelaksanaan Kegiatan Sekoper Cinta |
    Maka langkah 12 diterima
    Dan kasus selesai
    Dan output langkah 12 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Jafung / Pelaksana |
      | 4       | Jafung / Pelaksana |
      | 5       | Kabid PUGPPKK      |
      | 6       | Jafung / Pelaksana |
      | 7       | Kabid PUGPPKK      |
      | 8       | Jafung / Pelaksana |
      | 9       | Kabid PUGPPKK      |
      | 10      | Sekretaris DPPPA   |
      | 11      | Kepala DPPPA       |
      | 12      | Jafung / Pelaksana |

  @kasus-lengkap
  Skenario: Satu kasus dengan semua dokumen dari luar sejak awal, langkah 1 sampai 12
    Jika sebuah kasus baru dimulai beserta dokumen:
      | dokumen                                               |
      | Lembar Disposisi                                      |
      | SK P2WKSS                                             |
      | Daftar Hadir Peserta Sekoci                           |
      | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi      |
      | Materi                                                |
      | Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      | surat undangan wisuda dari Provinsi                   |
      | Draft undangan wisuda Sekoper Cinta                   |
      | Daftar Hadir Peserta Sekoper Cinta                    |
      | Data Peserta Sekoper Cinta                            |
      | Dokumentasi                                           |
      | Laporan Pelaksanaan Kegiatan Sekoper Cinta            |
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Ketika "Kabid PUGPPKK" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Ketika "Sekretaris DPPPA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Ketika "Kepala DPPPA" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Ketika "Jafung / Pelaksana" menyelesaikan langkah 12
    Maka langkah 12 diterima
    Dan kasus selesai
    Dan output langkah 12 tersedia:
      | dokumen |
      | Arsip   |
    Dan riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Jafung / Pelaksana |
      | 4       | Jafung / Pelaksana |
      | 5       | Kabid PUGPPKK      |
      | 6       | Jafung / Pelaksana |
      | 7       | Kabid PUGPPKK      |
      | 8       | Jafung / Pelaksana |
      | 9       | Kabid PUGPPKK      |
      | 10      | Sekretaris DPPPA   |
      | 11      | Kepala DPPPA       |
      | 12      | Jafung / Pelaksana |

  @kasus-serentak
  Skenario: Dua kasus berjalan berselang-seling tanpa saling memengaruhi
    Jika kasus "A" dimulai beserta dokumen:
      | dokumen                                               |
      | Lembar Disposisi                                      |
      | SK P2WKSS                                             |
      | Daftar Hadir Peserta Sekoci                           |
      | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi      |
      | Materi                                                |
      | Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      | surat undangan wisuda dari Provinsi                   |
      | Draft undangan wisuda Sekoper Cinta                   |
      | Daftar Hadir Peserta Sekoper Cinta                    |
      | Data Peserta Sekoper Cinta                            |
      | Dokumentasi                                           |
      | Laporan Pelaksanaan Kegiatan Sekoper Cinta            |
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
      | dokumen   |
      | SK P2WKSS |
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
      | dokumen                                          |
      | Daftar Hadir Peserta Sekoci                      |
      | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi |
      | Materi                                           |
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
    Dan langkah 6 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
      | dokumen                                               |
      | Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      | surat undangan wisuda dari Provinsi                   |
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 6 beserta dokumen:
      | dokumen                             |
      | Draft undangan wisuda Sekoper Cinta |
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 7 beserta dokumen:
      | dokumen                            |
      | Daftar Hadir Peserta Sekoper Cinta |
    Maka langkah 7 diterima
    Dan langkah 8 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 8
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Kabid PUGPPKK"
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
      | dokumen                    |
      | Data Peserta Sekoper Cinta |
      | Dokumentasi                |
    Maka langkah 8 diterima
    Dan langkah 9 siap untuk "Kabid PUGPPKK"
    Ketika kasus "A" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan langkah 10 siap untuk "Sekretaris DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Kabid PUGPPKK" menyelesaikan langkah 9
    Maka langkah 9 diterima
    Dan langkah 10 siap untuk "Sekretaris DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Dan langkah 11 siap untuk "Kepala DPPPA"
    Ketika kasus "B" dilanjutkan
    Dan "Sekretaris DPPPA" menyelesaikan langkah 10
    Maka langkah 10 diterima
    Dan langkah 11 siap untuk "Kepala DPPPA"
    Ketika kasus "A" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Dan langkah 12 siap untuk "Jafung / Pelaksana"
    Ketika kasus "B" dilanjutkan
    Dan "Kepala DPPPA" menyelesaikan langkah 11
    Maka langkah 11 diterima
    Dan langkah 12 siap untuk "Jafung / Pelaksana"
    Ketika kasus "A" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 12
    Maka langkah 12 diterima
    Dan kasus selesai
    Ketika kasus "B" dilanjutkan
    Dan "Jafung / Pelaksana" menyelesaikan langkah 12 beserta dokumen:
      | dokumen                                    |
      | Laporan Pelaksanaan Kegiatan Sekoper Cinta |
    Maka langkah 12 diterima
    Dan kasus selesai
    Ketika kasus "A" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Jafung / Pelaksana |
      | 4       | Jafung / Pelaksana |
      | 5       | Kabid PUGPPKK      |
      | 6       | Jafung / Pelaksana |
      | 7       | Kabid PUGPPKK      |
      | 8       | Jafung / Pelaksana |
      | 9       | Kabid PUGPPKK      |
      | 10      | Sekretaris DPPPA   |
      | 11      | Kepala DPPPA       |
      | 12      | Jafung / Pelaksana |
    Ketika kasus "B" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana          |
      | 1       | Kabid PUGPPKK      |
      | 2       | Jafung / Pelaksana |
      | 3       | Jafung / Pelaksana |
      | 4       | Jafung / Pelaksana |
      | 5       | Kabid PUGPPKK      |
      | 6       | Jafung / Pelaksana |
      | 7       | Kabid PUGPPKK      |
      | 8       | Jafung / Pelaksana |
      | 9       | Kabid PUGPPKK      |
      | 10      | Sekretaris DPPPA   |
      | 11      | Kepala DPPPA       |
      | 12      | Jafung / Pelaksana |

  @langkah-1
  Aturan: Langkah 1 oleh Kabid PUGPPKK
    Uraian: Mengintruksikan kepada Jafung / Pelaksana untuk menyelenggarakan Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta)
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
    Uraian: Menerima dan menelaah perintah; Menganalisa data warga binaan Program Peningkatan Peranan Wanita menuju Keluarga Sehat Sejahtera (P2WKSS) yang membutuhkan pembelajaran; Menentukan warga binaan Program Peningkatan Peranan Wanita menuju Keluarga Sehat Sejahtera (P2WKSS) yang akan menerima pembelajaran melalui penyelenggaraan Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta); Melaksanakan rapat koordinasi dengan Kecamatan, Kelurahan, RW, dan fasilitator terkait menentukan jadwal, peserta dan teknis pelaksanaan Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta); Menginventarisir data peserta Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta); Membuat permohonan narasumber, surat undangan peserta, dan surat pemberitahuan pelaksanaan kegiatan Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta); Mendistribusikan undangan yang telah ditandatangan oleh Kepala DPPPA
    Kelengkapan: SK P2WKSS
    Output: Data Peserta Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta); Surat Undangan; Surat Permohonan
    Waktu: 1 Minggu

    @positif
    Skenario: Langkah 2 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sudah selesai
      Maka langkah 2 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen   |
        | SK P2WKSS |
      Maka langkah 2 diterima
      Dan output langkah 2 tersedia:
        | dokumen                                                                   |
        | Data Peserta Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta) |
        | Surat Undangan                                                            |
        | Surat Permohonan                                                          |
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana"
      Dan langkah 3 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 2 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 2 beserta dokumen:
        | dokumen   |
        | SK P2WKSS |
      Maka langkah 2 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 2 ditolak tanpa kelengkapan "SK P2WKSS"
      Jika langkah 1 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2
      Maka langkah 2 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 2 ditolak sebelum langkah 1 selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen   |
        | SK P2WKSS |
      Maka langkah 2 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 2 memenuhi standar waktu 1 Minggu
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 1125 menit kerja
      Maka batas waktu langkah 2 adalah 1 Minggu (2250 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 1125 menit kerja
      Maka batas waktu langkah 2 adalah 1 Minggu (2250 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen   |
        | SK P2WKSS |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 2 yang selesai sesudah standar waktu 1 Minggu tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 2251 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen   |
        | SK P2WKSS |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 2 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Minggu menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Maka batas waktu langkah 2 adalah 1 Minggu (2250 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 2250 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 2 beserta dokumen:
        | dokumen   |
        | SK P2WKSS |
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  @langkah-3
  Aturan: Langkah 3 oleh Jafung / Pelaksana
    Uraian: Mendampingi pelaksanaan kegiatan Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta)
    Kelengkapan: Daftar Hadir Peserta Sekoci; Undangan Pelaksanaan Wisuda Sekoci dari Provinsi; Materi
    Output: Dokumentasi Kegiatan; Nilai Pre-Test
    Waktu: 1 Bulan

    @positif
    Skenario: Langkah 3 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 2 sudah selesai
      Maka langkah 3 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                          |
        | Daftar Hadir Peserta Sekoci                      |
        | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi |
        | Materi                                           |
      Maka langkah 3 diterima
      Dan output langkah 3 tersedia:
        | dokumen              |
        | Dokumentasi Kegiatan |
        | Nilai Pre-Test       |
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana"
      Dan langkah 4 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 3 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                          |
        | Daftar Hadir Peserta Sekoci                      |
        | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi |
        | Materi                                           |
      Maka langkah 3 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "Daftar Hadir Peserta Sekoci"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                          |
        | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi |
        | Materi                                           |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "Undangan Pelaksanaan Wisuda Sekoci dari Provinsi"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                     |
        | Daftar Hadir Peserta Sekoci |
        | Materi                      |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "Materi"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                          |
        | Daftar Hadir Peserta Sekoci                      |
        | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi |
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 3 ditolak sebelum langkah 2 selesai
      Jika langkah 1 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                          |
        | Daftar Hadir Peserta Sekoci                      |
        | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi |
        | Materi                                           |
      Maka langkah 3 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 3 memenuhi standar waktu 1 Bulan
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 4500 menit kerja
      Maka batas waktu langkah 3 adalah 1 Bulan (9000 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 4500 menit kerja
      Maka batas waktu langkah 3 adalah 1 Bulan (9000 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                          |
        | Daftar Hadir Peserta Sekoci                      |
        | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi |
        | Materi                                           |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 3 yang selesai sesudah standar waktu 1 Bulan tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 9001 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                          |
        | Daftar Hadir Peserta Sekoci                      |
        | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi |
        | Materi                                           |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 3 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Bulan menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Maka batas waktu langkah 3 adalah 1 Bulan (9000 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 9000 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 3 beserta dokumen:
        | dokumen                                          |
        | Daftar Hadir Peserta Sekoci                      |
        | Undangan Pelaksanaan Wisuda Sekoci dari Provinsi |
        | Materi                                           |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 4: kelengkapan yang dibuat langkah sebelumnya (Dokumentasi Kegiatan; Nilai Pre-Test) diuji lewat output langkah 3.
  @langkah-4
  Aturan: Langkah 4 oleh Jafung / Pelaksana
    Uraian: Membuat nota dinas Laporan Pelaksanaan Kegiatan Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta) dan melaporkan ke Kepala Bidang
    Kelengkapan: Dokumentasi Kegiatan; Nilai Pre-Test
    Output: Nota dinas Laporan Pelaksanaan Kegiatan Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta)
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 4 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 3 sudah selesai
      Maka langkah 4 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan output langkah 4 tersedia:
        | dokumen                                                                                              |
        | Nota dinas Laporan Pelaksanaan Kegiatan Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta) |
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
        | dokumen              |
        | Dokumentasi Kegiatan |
        | Nilai Pre-Test       |
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

  @langkah-5
  Aturan: Langkah 5 oleh Kabid PUGPPKK
    Uraian: Menerima nota dinas Laporan Pelaksanaan Kegiatan Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta); Mengarahkan Jafung / Pelaksana untuk melaksanakan wisuda Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta)
    Kelengkapan: Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta; surat undangan wisuda dari Provinsi
    Output: Arahan
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 5 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 4 sudah selesai
      Maka langkah 5 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                                               |
        | Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta |
        | surat undangan wisuda dari Provinsi                   |
      Maka langkah 5 diterima
      Dan output langkah 5 tersedia:
        | dokumen |
        | Arahan  |
      Dan riwayat mencatat langkah 5 oleh "Kabid PUGPPKK"
      Dan langkah 6 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 5 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                                               |
        | Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta |
        | surat undangan wisuda dari Provinsi                   |
      Maka langkah 5 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 5 ditolak tanpa kelengkapan "Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta"
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                             |
        | surat undangan wisuda dari Provinsi |
      Maka langkah 5 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 5 ditolak tanpa kelengkapan "surat undangan wisuda dari Provinsi"
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                                               |
        | Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      Maka langkah 5 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 5 ditolak sebelum langkah 4 selesai
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                                               |
        | Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta |
        | surat undangan wisuda dari Provinsi                   |
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
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                                               |
        | Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta |
        | surat undangan wisuda dari Provinsi                   |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 5 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                                               |
        | Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta |
        | surat undangan wisuda dari Provinsi                   |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 5 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Maka batas waktu langkah 5 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 5 beserta dokumen:
        | dokumen                                               |
        | Nota dinas Laporan Pelaksanaan Kegiatan Sekoper Cinta |
        | surat undangan wisuda dari Provinsi                   |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  @langkah-6
  Aturan: Langkah 6 oleh Jafung / Pelaksana
    Uraian: Membuat dan mendistribusikan surat undangan persiapan wisuda Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta) yang ditandatangani Kepala DPPPA; Melakukan rapat persiapan pelaksanaan wisuda Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta)
    Kelengkapan: Draft undangan wisuda Sekoper Cinta
    Output: Surat undangan telah terdistribusi
    Waktu: 2 Hari

    @positif
    Skenario: Langkah 6 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 5 sudah selesai
      Maka langkah 6 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Draft undangan wisuda Sekoper Cinta |
      Maka langkah 6 diterima
      Dan output langkah 6 tersedia:
        | dokumen                            |
        | Surat undangan telah terdistribusi |
      Dan riwayat mencatat langkah 6 oleh "Jafung / Pelaksana"
      Dan langkah 7 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 6 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Draft undangan wisuda Sekoper Cinta |
      Maka langkah 6 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 6 ditolak tanpa kelengkapan "Draft undangan wisuda Sekoper Cinta"
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 6
      Maka langkah 6 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 6 ditolak sebelum langkah 5 selesai
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Draft undangan wisuda Sekoper Cinta |
      Maka langkah 6 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 6 memenuhi standar waktu 2 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 5 sudah selesai
      Ketika jam uji maju 450 menit kerja
      Maka batas waktu langkah 6 adalah 2 Hari (900 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Maka batas waktu langkah 6 adalah 2 Hari (900 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Draft undangan wisuda Sekoper Cinta |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 6 yang selesai sesudah standar waktu 2 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Ketika jam uji maju 901 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Draft undangan wisuda Sekoper Cinta |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 6 yang siap Jumat pukul 15.30 mendapat batas waktu 2 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 5 sudah selesai
      Maka batas waktu langkah 6 adalah 2 Hari (900 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 900 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                             |
        | Draft undangan wisuda Sekoper Cinta |
      Maka langkah 6 diterima
      Dan riwayat mencatat langkah 6 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  @langkah-7
  Aturan: Langkah 7 oleh Kabid PUGPPKK
    Uraian: Melaksanakan kegiatan Wisuda Sekoper Cinta
    Kelengkapan: Daftar Hadir Peserta Sekoper Cinta
    Output: Dokumentasi kegiatan wisuda Sekoper Cinta
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 7 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 6 sudah selesai
      Maka langkah 7 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                            |
        | Daftar Hadir Peserta Sekoper Cinta |
      Maka langkah 7 diterima
      Dan output langkah 7 tersedia:
        | dokumen                                   |
        | Dokumentasi kegiatan wisuda Sekoper Cinta |
      Dan riwayat mencatat langkah 7 oleh "Kabid PUGPPKK"
      Dan langkah 8 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 7 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                            |
        | Daftar Hadir Peserta Sekoper Cinta |
      Maka langkah 7 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @kelengkapan-kurang
    Skenario: Langkah 7 ditolak tanpa kelengkapan "Daftar Hadir Peserta Sekoper Cinta"
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 7
      Maka langkah 7 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 7 ditolak sebelum langkah 6 selesai
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                            |
        | Daftar Hadir Peserta Sekoper Cinta |
      Maka langkah 7 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 7 memenuhi standar waktu 1 Hari
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 7 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 225 menit kerja
      Maka batas waktu langkah 7 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                            |
        | Daftar Hadir Peserta Sekoper Cinta |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 7 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                            |
        | Daftar Hadir Peserta Sekoper Cinta |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 7 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Maka batas waktu langkah 7 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                            |
        | Daftar Hadir Peserta Sekoper Cinta |
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  @langkah-8
  Aturan: Langkah 8 oleh Jafung / Pelaksana
    Uraian: Membuat draf laporan kegiatan pelaksanaan wisuda Sekolah Perempuan Capai Impian dan Cita-Cita (Sekoper Cinta)
    Kelengkapan: Data Peserta Sekoper Cinta; Dokumentasi
    Output: Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 8 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 7 sudah selesai
      Maka langkah 8 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                    |
        | Data Peserta Sekoper Cinta |
        | Dokumentasi                |
      Maka langkah 8 diterima
      Dan output langkah 8 tersedia:
        | dokumen                                         |
        | Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana"
      Dan langkah 9 siap untuk "Kabid PUGPPKK"

    @pelaksana-salah
    Skenario konsep: Langkah 8 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                    |
        | Data Peserta Sekoper Cinta |
        | Dokumentasi                |
      Maka langkah 8 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 8 ditolak tanpa kelengkapan "Data Peserta Sekoper Cinta"
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen     |
        | Dokumentasi |
      Maka langkah 8 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 8 ditolak tanpa kelengkapan "Dokumentasi"
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                    |
        | Data Peserta Sekoper Cinta |
      Maka langkah 8 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 8 ditolak sebelum langkah 7 selesai
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                    |
        | Data Peserta Sekoper Cinta |
        | Dokumentasi                |
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
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                    |
        | Data Peserta Sekoper Cinta |
        | Dokumentasi                |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 8 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                    |
        | Data Peserta Sekoper Cinta |
        | Dokumentasi                |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 8 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 7 sudah selesai
      Maka batas waktu langkah 8 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 8 beserta dokumen:
        | dokumen                    |
        | Data Peserta Sekoper Cinta |
        | Dokumentasi                |
      Maka langkah 8 diterima
      Dan riwayat mencatat langkah 8 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

  # Langkah 9: kelengkapan yang dibuat langkah sebelumnya (Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta) diuji lewat output langkah 8.
  @langkah-9
  Aturan: Langkah 9 oleh Kabid PUGPPKK
    Uraian: Menerima, memeriksa dan memaraf draf laporan pelaksanaan kegiatan Sekoper Cinta
    Kelengkapan: Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta
    Output: Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta sudah di paraf oleh Kabid
    Waktu: 10 Menit

    @positif
    Skenario: Langkah 9 dilaksanakan oleh Kabid PUGPPKK
      Jika langkah 1 sampai 8 sudah selesai
      Maka langkah 9 siap untuk "Kabid PUGPPKK"
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan output langkah 9 tersedia:
        | dokumen                                                                   |
        | Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta sudah di paraf oleh Kabid |
      Dan riwayat mencatat langkah 9 oleh "Kabid PUGPPKK"
      Dan langkah 10 siap untuk "Sekretaris DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 9 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 9
      Maka langkah 9 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Sekretaris DPPPA   |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 9 ditolak sebelum langkah 8 selesai
      Jika langkah 1 sampai 7 sudah selesai
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 9 beserta dokumen:
        | dokumen                                         |
        | Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      Maka langkah 9 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 9 memenuhi standar waktu 10 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 8 sudah selesai
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 9 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 9 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika "Kabid PUGPPKK" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 9 yang selesai sesudah standar waktu 10 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Ketika jam uji maju 11 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Kabid PUGPPKK" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 9 yang siap Jumat pukul 15.55 mendapat batas waktu 10 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.55
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 8 sudah selesai
      Maka batas waktu langkah 9 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 10 menit kerja
      Dan "Kabid PUGPPKK" menyelesaikan langkah 9
      Maka langkah 9 diterima
      Dan riwayat mencatat langkah 9 oleh "Kabid PUGPPKK" pada jam uji, tepat waktu

  # Langkah 10: kelengkapan yang dibuat langkah sebelumnya (Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta) diuji lewat output langkah 8.
  @langkah-10
  Aturan: Langkah 10 oleh Sekretaris DPPPA
    Uraian: Menerima, memeriksa dan memaraf draf laporan pelaksanaan kegiatan Sekoper Cinta
    Kelengkapan: Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta
    Output: Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta diparaf oleh Sekretaris Dinas
    Waktu: 10 Menit

    @positif
    Skenario: Langkah 10 dilaksanakan oleh Sekretaris DPPPA
      Jika langkah 1 sampai 9 sudah selesai
      Maka langkah 10 siap untuk "Sekretaris DPPPA"
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan output langkah 10 tersedia:
        | dokumen                                                                       |
        | Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta diparaf oleh Sekretaris Dinas |
      Dan riwayat mencatat langkah 10 oleh "Sekretaris DPPPA"
      Dan langkah 11 siap untuk "Kepala DPPPA"

    @pelaksana-salah
    Skenario konsep: Langkah 10 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 9 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 10
      Maka langkah 10 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Kepala DPPPA       |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 10 ditolak sebelum langkah 9 selesai
      Jika langkah 1 sampai 8 sudah selesai
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 10 beserta dokumen:
        | dokumen                                         |
        | Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      Maka langkah 10 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 10 memenuhi standar waktu 10 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 9 sudah selesai
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 10 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 10 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika "Sekretaris DPPPA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 10 yang selesai sesudah standar waktu 10 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 9 sudah selesai
      Ketika jam uji maju 11 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "Sekretaris DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 10 yang siap Jumat pukul 15.55 mendapat batas waktu 10 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.55
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 9 sudah selesai
      Maka batas waktu langkah 10 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 10 menit kerja
      Dan "Sekretaris DPPPA" menyelesaikan langkah 10
      Maka langkah 10 diterima
      Dan riwayat mencatat langkah 10 oleh "Sekretaris DPPPA" pada jam uji, tepat waktu

  # Langkah 11: kelengkapan yang dibuat langkah sebelumnya (Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta) diuji lewat output langkah 8.
  @langkah-11
  Aturan: Langkah 11 oleh Kepala DPPPA
    Uraian: Menerima dan menandatangani draf laporan pelaksanaan kegiatan Sekoper Cinta
    Kelengkapan: Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta
    Output: Laporan Pelaksanaan Kegiatan Sekoper Cinta di tandatangan oleh Kepala DPPPA
    Waktu: 10 Menit

    @positif
    Skenario: Langkah 11 dilaksanakan oleh Kepala DPPPA
      Jika langkah 1 sampai 10 sudah selesai
      Maka langkah 11 siap untuk "Kepala DPPPA"
      Ketika "Kepala DPPPA" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan output langkah 11 tersedia:
        | dokumen                                                                     |
        | Laporan Pelaksanaan Kegiatan Sekoper Cinta di tandatangan oleh Kepala DPPPA |
      Dan riwayat mencatat langkah 11 oleh "Kepala DPPPA"
      Dan langkah 12 siap untuk "Jafung / Pelaksana"

    @pelaksana-salah
    Skenario konsep: Langkah 11 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 10 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 11
      Maka langkah 11 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana          |
        | Sekretaris DPPPA   |
        | Kabid PUGPPKK      |
        | Jafung / Pelaksana |

    @urutan-salah
    Skenario: Langkah 11 ditolak sebelum langkah 10 selesai
      Jika langkah 1 sampai 9 sudah selesai
      Ketika "Kepala DPPPA" menyelesaikan langkah 11 beserta dokumen:
        | dokumen                                         |
        | Draf Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      Maka langkah 11 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 11 memenuhi standar waktu 10 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 10 sudah selesai
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 11 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 11 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika "Kepala DPPPA" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "Kepala DPPPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 11 yang selesai sesudah standar waktu 10 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 10 sudah selesai
      Ketika jam uji maju 11 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "Kepala DPPPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 11 yang siap Jumat pukul 15.55 mendapat batas waktu 10 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.55
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 10 sudah selesai
      Maka batas waktu langkah 11 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 10 menit kerja
      Dan "Kepala DPPPA" menyelesaikan langkah 11
      Maka langkah 11 diterima
      Dan riwayat mencatat langkah 11 oleh "Kepala DPPPA" pada jam uji, tepat waktu

  @langkah-12
  Aturan: Langkah 12 oleh Jafung / Pelaksana
    Uraian: Mengarsipkan laporan pelaksanaan kegiatan Sekoper Cinta
    Kelengkapan: Laporan Pelaksanaan Kegiatan Sekoper Cinta
    Output: Arsip
    Waktu: 10 Menit

    @positif
    Skenario: Langkah 12 dilaksanakan oleh Jafung / Pelaksana
      Jika langkah 1 sampai 11 sudah selesai
      Maka langkah 12 siap untuk "Jafung / Pelaksana"
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 12 beserta dokumen:
        | dokumen                                    |
        | Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      Maka langkah 12 diterima
      Dan output langkah 12 tersedia:
        | dokumen |
        | Arsip   |
      Dan riwayat mencatat langkah 12 oleh "Jafung / Pelaksana"
      Dan kasus selesai

    @pelaksana-salah
    Skenario konsep: Langkah 12 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 11 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 12 beserta dokumen:
        | dokumen                                    |
        | Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      Maka langkah 12 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana        |
        | Kepala DPPPA     |
        | Sekretaris DPPPA |
        | Kabid PUGPPKK    |

    @kelengkapan-kurang
    Skenario: Langkah 12 ditolak tanpa kelengkapan "Laporan Pelaksanaan Kegiatan Sekoper Cinta"
      Jika langkah 1 sampai 11 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 12
      Maka langkah 12 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 12 ditolak sebelum langkah 11 selesai
      Jika langkah 1 sampai 10 sudah selesai
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 12 beserta dokumen:
        | dokumen                                    |
        | Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      Maka langkah 12 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 12 memenuhi standar waktu 10 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 11 sudah selesai
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 12 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 5 menit kerja
      Maka batas waktu langkah 12 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika "Jafung / Pelaksana" menyelesaikan langkah 12 beserta dokumen:
        | dokumen                                    |
        | Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      Maka langkah 12 diterima
      Dan riwayat mencatat langkah 12 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 12 yang selesai sesudah standar waktu 10 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 11 sudah selesai
      Ketika jam uji maju 11 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 12 beserta dokumen:
        | dokumen                                    |
        | Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      Maka langkah 12 diterima
      Dan riwayat mencatat langkah 12 oleh "Jafung / Pelaksana" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 12 yang siap Jumat pukul 15.55 mendapat batas waktu 10 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.55
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 11 sudah selesai
      Maka batas waktu langkah 12 adalah 10 Menit (10 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 10 menit kerja
      Dan "Jafung / Pelaksana" menyelesaikan langkah 12 beserta dokumen:
        | dokumen                                    |
        | Laporan Pelaksanaan Kegiatan Sekoper Cinta |
      Maka langkah 12 diterima
      Dan riwayat mencatat langkah 12 oleh "Jafung / Pelaksana" pada jam uji, tepat waktu
