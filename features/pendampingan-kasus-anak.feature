# language: id
# sopap: fitur uji kesesuaian
# Dibuat oleh `sopap features` dari SOP 'pendampingan-kasus-anak'; jangan disunting: ubah sumber SOP lalu jalankan lagi.
# Jalankan: pytest features/ --sop-impl=reference (lihat docs/kesesuaian.md)
@sop-pendampingan-kasus-anak
Fitur: Kesesuaian SOP PENDAMPINGAN KASUS ANAK
  SOP: PENDAMPINGAN KASUS ANAK
  Bidang: PPKPA
  Pelaksana: KADIS (kadis); KABID PPKPA (kabid); JABATAN FUNGSIONAL/ PELAKSANA (jafung)
  Setiap aturan menguji satu langkah: pelaksana, kelengkapan, output, urutan dan waktu.

  Latar Belakang:
    Jika SOP "pendampingan-kasus-anak" terpasang
    Dan sebuah kasus baru dimulai

  @kasus-lengkap
  Skenario: Satu kasus berjalan dari langkah 1 sampai langkah 7
    Ketika "KADIS" menyelesaikan langkah 1 beserta dokumen:
      | dokumen          |
      | Surat            |
      | Lembar Disposisi |
    Maka langkah 1 diterima
    Ketika "KABID PPKPA" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
      | dokumen         |
      | Data kasus anak |
    Maka langkah 3 diterima
    Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 5 beserta dokumen:
      | dokumen            |
      | Dokumen kasus anak |
    Maka langkah 5 diterima
    Ketika "KABID PPKPA" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "KADIS" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan kasus selesai
    Dan output langkah 7 tersedia:
      | dokumen                                                                                  |
      | Nota Dinas hasil pendampingan kasus anak telah ditandatangan dan dilaporkan ke Wali Kota |
    Dan riwayat kasus memuat:
      | langkah | pelaksana                     |
      | 1       | KADIS                         |
      | 2       | KABID PPKPA                   |
      | 3       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 4       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 5       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 6       | KABID PPKPA                   |
      | 7       | KADIS                         |

  @kasus-lengkap
  Skenario: Satu kasus dengan semua dokumen dari luar sejak awal, langkah 1 sampai 7
    Jika sebuah kasus baru dimulai beserta dokumen:
      | dokumen            |
      | Surat              |
      | Lembar Disposisi   |
      | Data kasus anak    |
      | Dokumen kasus anak |
    Ketika "KADIS" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Ketika "KABID PPKPA" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Ketika "KABID PPKPA" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Ketika "KADIS" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan kasus selesai
    Dan output langkah 7 tersedia:
      | dokumen                                                                                  |
      | Nota Dinas hasil pendampingan kasus anak telah ditandatangan dan dilaporkan ke Wali Kota |
    Dan riwayat kasus memuat:
      | langkah | pelaksana                     |
      | 1       | KADIS                         |
      | 2       | KABID PPKPA                   |
      | 3       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 4       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 5       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 6       | KABID PPKPA                   |
      | 7       | KADIS                         |

  @kasus-serentak
  Skenario: Dua kasus berjalan berselang-seling tanpa saling memengaruhi
    Jika kasus "A" dimulai beserta dokumen:
      | dokumen            |
      | Surat              |
      | Lembar Disposisi   |
      | Data kasus anak    |
      | Dokumen kasus anak |
    Dan kasus "B" dimulai
    Ketika kasus "A" dilanjutkan
    Dan "KADIS" menyelesaikan langkah 1
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "KABID PPKPA"
    Ketika kasus "B" dilanjutkan
    Dan "KADIS" menyelesaikan langkah 1
    Maka langkah 1 ditolak dengan alasan MISSING_INPUT
    Ketika "KADIS" menyelesaikan langkah 1 beserta dokumen:
      | dokumen          |
      | Surat            |
      | Lembar Disposisi |
    Maka langkah 1 diterima
    Dan langkah 2 siap untuk "KABID PPKPA"
    Ketika kasus "A" dilanjutkan
    Dan "KABID PPKPA" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"
    Ketika kasus "B" dilanjutkan
    Dan "KABID PPKPA" menyelesaikan langkah 2
    Maka langkah 2 diterima
    Dan langkah 3 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"
    Ketika kasus "A" dilanjutkan
    Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 3
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"
    Ketika kasus "B" dilanjutkan
    Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
      | dokumen         |
      | Data kasus anak |
    Maka langkah 3 diterima
    Dan langkah 4 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"
    Ketika kasus "A" dilanjutkan
    Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"
    Ketika kasus "B" dilanjutkan
    Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 4
    Maka langkah 4 diterima
    Dan langkah 5 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"
    Ketika kasus "A" dilanjutkan
    Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 5
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "KABID PPKPA"
    Ketika kasus "B" dilanjutkan
    Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 5 beserta dokumen:
      | dokumen            |
      | Dokumen kasus anak |
    Maka langkah 5 diterima
    Dan langkah 6 siap untuk "KABID PPKPA"
    Ketika kasus "A" dilanjutkan
    Dan "KABID PPKPA" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "KADIS"
    Ketika kasus "B" dilanjutkan
    Dan "KABID PPKPA" menyelesaikan langkah 6
    Maka langkah 6 diterima
    Dan langkah 7 siap untuk "KADIS"
    Ketika kasus "A" dilanjutkan
    Dan "KADIS" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan kasus selesai
    Ketika kasus "B" dilanjutkan
    Dan "KADIS" menyelesaikan langkah 7
    Maka langkah 7 diterima
    Dan kasus selesai
    Ketika kasus "A" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana                     |
      | 1       | KADIS                         |
      | 2       | KABID PPKPA                   |
      | 3       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 4       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 5       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 6       | KABID PPKPA                   |
      | 7       | KADIS                         |
    Ketika kasus "B" dilanjutkan
    Maka riwayat kasus memuat:
      | langkah | pelaksana                     |
      | 1       | KADIS                         |
      | 2       | KABID PPKPA                   |
      | 3       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 4       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 5       | JABATAN FUNGSIONAL/ PELAKSANA |
      | 6       | KABID PPKPA                   |
      | 7       | KADIS                         |

  @langkah-1
  Aturan: Langkah 1 oleh KADIS
    Uraian: Menerima, menelaah, mengkaji dan memberikan arahan kepada Kabid Pencegahan dan Penanganan Kekerasan untuk menindaklanjut terhadap surat pengaduan Anak
    Kelengkapan: Surat; Lembar Disposisi
    Output: Disposisi
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 1 dilaksanakan oleh KADIS
      Maka langkah 1 siap untuk "KADIS"
      Ketika "KADIS" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Surat            |
        | Lembar Disposisi |
      Maka langkah 1 diterima
      Dan output langkah 1 tersedia:
        | dokumen   |
        | Disposisi |
      Dan riwayat mencatat langkah 1 oleh "KADIS"
      Dan langkah 2 siap untuk "KABID PPKPA"

    @pelaksana-salah
    Skenario konsep: Langkah 1 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Ketika "<pelaksana>" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Surat            |
        | Lembar Disposisi |
      Maka langkah 1 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana                     |
        | KABID PPKPA                   |
        | JABATAN FUNGSIONAL/ PELAKSANA |

    @kelengkapan-kurang
    Skenario: Langkah 1 ditolak tanpa kelengkapan "Surat"
      Ketika "KADIS" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Lembar Disposisi |
      Maka langkah 1 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @kelengkapan-kurang
    Skenario: Langkah 1 ditolak tanpa kelengkapan "Lembar Disposisi"
      Ketika "KADIS" menyelesaikan langkah 1 beserta dokumen:
        | dokumen |
        | Surat   |
      Maka langkah 1 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 1 ditolak bila diulang
      Jika langkah 1 sudah selesai
      Ketika "KADIS" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Surat            |
        | Lembar Disposisi |
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
      Ketika "KADIS" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Surat            |
        | Lembar Disposisi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "KADIS" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 1 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Ketika jam uji maju 31 menit kerja
      Dan "KADIS" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Surat            |
        | Lembar Disposisi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "KADIS" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 1 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Maka batas waktu langkah 1 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "KADIS" menyelesaikan langkah 1 beserta dokumen:
        | dokumen          |
        | Surat            |
        | Lembar Disposisi |
      Maka langkah 1 diterima
      Dan riwayat mencatat langkah 1 oleh "KADIS" pada jam uji, tepat waktu

  # Langkah 2: kelengkapan yang dibuat langkah sebelumnya (Surat; Lembar Disposisi) diuji lewat output langkah sebelumnya.
  @langkah-2
  Aturan: Langkah 2 oleh KABID PPKPA
    Uraian: Menerima, menelaah, mengkaji dan melakukan koordinasi dengan instansi terkait bersama KPAD untuk melakukan pendampingan kasus permasalahan anak
    Kelengkapan: Surat; Lembar Disposisi
    Output: Disposisi
    Waktu: 30 Menit

    @positif
    Skenario: Langkah 2 dilaksanakan oleh KABID PPKPA
      Jika langkah 1 sudah selesai
      Maka langkah 2 siap untuk "KABID PPKPA"
      Ketika "KABID PPKPA" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan output langkah 2 tersedia:
        | dokumen   |
        | Disposisi |
      Dan riwayat mencatat langkah 2 oleh "KABID PPKPA"
      Dan langkah 3 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"

    @pelaksana-salah
    Skenario konsep: Langkah 2 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 2
      Maka langkah 2 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana                     |
        | KADIS                         |
        | JABATAN FUNGSIONAL/ PELAKSANA |

    @urutan-salah
    Skenario: Langkah 2 ditolak sebelum langkah 1 selesai
      Ketika "KABID PPKPA" menyelesaikan langkah 2 beserta dokumen:
        | dokumen          |
        | Surat            |
        | Lembar Disposisi |
      Maka langkah 2 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 2 memenuhi standar waktu 30 Menit
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 2 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Maka batas waktu langkah 2 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika "KABID PPKPA" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "KABID PPKPA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 2 yang selesai sesudah standar waktu 30 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Ketika jam uji maju 31 menit kerja
      Dan "KABID PPKPA" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "KABID PPKPA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 2 yang siap Jumat pukul 15.45 mendapat batas waktu 30 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.45
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sudah selesai
      Maka batas waktu langkah 2 adalah 30 Menit (30 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 30 menit kerja
      Dan "KABID PPKPA" menyelesaikan langkah 2
      Maka langkah 2 diterima
      Dan riwayat mencatat langkah 2 oleh "KABID PPKPA" pada jam uji, tepat waktu

  @langkah-3
  Aturan: Langkah 3 oleh JABATAN FUNGSIONAL/ PELAKSANA
    Uraian: Melakukan koordinasi dengan OPD terkait, Unit PPA, KPAD dan Kecamatan/Kelurahan
    Kelengkapan: Data kasus anak
    Output: Data kasus anak
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 3 dilaksanakan oleh JABATAN FUNGSIONAL/ PELAKSANA
      Jika langkah 1 sampai 2 sudah selesai
      Maka langkah 3 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"
      Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
        | dokumen         |
        | Data kasus anak |
      Maka langkah 3 diterima
      Dan output langkah 3 tersedia:
        | dokumen         |
        | Data kasus anak |
      Dan riwayat mencatat langkah 3 oleh "JABATAN FUNGSIONAL/ PELAKSANA"
      Dan langkah 4 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"

    @pelaksana-salah
    Skenario konsep: Langkah 3 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 3 beserta dokumen:
        | dokumen         |
        | Data kasus anak |
      Maka langkah 3 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana   |
        | KADIS       |
        | KABID PPKPA |

    @kelengkapan-kurang
    Skenario: Langkah 3 ditolak tanpa kelengkapan "Data kasus anak"
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 3
      Maka langkah 3 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 3 ditolak sebelum langkah 2 selesai
      Jika langkah 1 sudah selesai
      Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
        | dokumen         |
        | Data kasus anak |
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
      Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
        | dokumen         |
        | Data kasus anak |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "JABATAN FUNGSIONAL/ PELAKSANA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 3 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
        | dokumen         |
        | Data kasus anak |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "JABATAN FUNGSIONAL/ PELAKSANA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 3 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 2 sudah selesai
      Maka batas waktu langkah 3 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 3 beserta dokumen:
        | dokumen         |
        | Data kasus anak |
      Maka langkah 3 diterima
      Dan riwayat mencatat langkah 3 oleh "JABATAN FUNGSIONAL/ PELAKSANA" pada jam uji, tepat waktu

  # Langkah 4: kelengkapan yang dibuat langkah sebelumnya (Data kasus anak) diuji lewat output langkah 3.
  @langkah-4
  Aturan: Langkah 4 oleh JABATAN FUNGSIONAL/ PELAKSANA
    Uraian: Melakukan pendampingan pada korban/pelaku dan keluarga dalam proses (pembinaan, kesepakatan, klarifikasi dan Hukum); Melakukan pendampingan korban/pelaku/keluarga dalam proses hukum, pemeriksaan visum dan pengadilan; Melakukan pendampingan kepada korban/pelaku/keluarga dalam pemulihan psikologis (tenaga psikolog), penahanan lapas, Berita Acara Pemeriksaan Laporan, Penyelidik di Unit PPA; Melakukan koordinasi kasus permasalahan anak ke tingkat Pusat/Provinsi/Unit PPA/Rumah Aman bersinergi dengan KPAD
    Kelengkapan: Data kasus anak
    Output: Berita Acara Pendampingan Kasus Anak
    Waktu: 1 Hari

    @positif
    Skenario: Langkah 4 dilaksanakan oleh JABATAN FUNGSIONAL/ PELAKSANA
      Jika langkah 1 sampai 3 sudah selesai
      Maka langkah 4 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"
      Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan output langkah 4 tersedia:
        | dokumen                              |
        | Berita Acara Pendampingan Kasus Anak |
      Dan riwayat mencatat langkah 4 oleh "JABATAN FUNGSIONAL/ PELAKSANA"
      Dan langkah 5 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"

    @pelaksana-salah
    Skenario konsep: Langkah 4 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 4
      Maka langkah 4 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana   |
        | KADIS       |
        | KABID PPKPA |

    @urutan-salah
    Skenario: Langkah 4 ditolak sebelum langkah 3 selesai
      Jika langkah 1 sampai 2 sudah selesai
      Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 4 beserta dokumen:
        | dokumen         |
        | Data kasus anak |
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
      Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "JABATAN FUNGSIONAL/ PELAKSANA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 4 yang selesai sesudah standar waktu 1 Hari tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Ketika jam uji maju 451 menit kerja
      Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "JABATAN FUNGSIONAL/ PELAKSANA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 4 yang siap Jumat pukul 15.30 mendapat batas waktu 1 Hari menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 3 sudah selesai
      Maka batas waktu langkah 4 adalah 1 Hari (450 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 450 menit kerja
      Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 4
      Maka langkah 4 diterima
      Dan riwayat mencatat langkah 4 oleh "JABATAN FUNGSIONAL/ PELAKSANA" pada jam uji, tepat waktu

  # Langkah 5: kelengkapan yang dibuat langkah sebelumnya (Data kasus anak) diuji lewat output langkah 3.
  @langkah-5
  Aturan: Langkah 5 oleh JABATAN FUNGSIONAL/ PELAKSANA
    Uraian: Mengkaji, mengolah, dan mengevaluasi data perkasus sampai perkembangan hasil pendampingan; Menginput data permasalahan anak; Membuat draf Nota Dinas hasil pendampingan kasus anak
    Kelengkapan: Data kasus anak; Dokumen kasus anak
    Output: Data kasus; Draf Nota Dinas hasil pendampingan kasus anak
    Waktu: 3 Jam

    @positif
    Skenario: Langkah 5 dilaksanakan oleh JABATAN FUNGSIONAL/ PELAKSANA
      Jika langkah 1 sampai 4 sudah selesai
      Maka langkah 5 siap untuk "JABATAN FUNGSIONAL/ PELAKSANA"
      Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 5 beserta dokumen:
        | dokumen            |
        | Dokumen kasus anak |
      Maka langkah 5 diterima
      Dan output langkah 5 tersedia:
        | dokumen                                       |
        | Data kasus                                    |
        | Draf Nota Dinas hasil pendampingan kasus anak |
      Dan riwayat mencatat langkah 5 oleh "JABATAN FUNGSIONAL/ PELAKSANA"
      Dan langkah 6 siap untuk "KABID PPKPA"

    @pelaksana-salah
    Skenario konsep: Langkah 5 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 5 beserta dokumen:
        | dokumen            |
        | Dokumen kasus anak |
      Maka langkah 5 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana   |
        | KADIS       |
        | KABID PPKPA |

    @kelengkapan-kurang
    Skenario: Langkah 5 ditolak tanpa kelengkapan "Dokumen kasus anak"
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 5
      Maka langkah 5 ditolak dengan alasan MISSING_INPUT
      Dan kasus tidak berubah

    @urutan-salah
    Skenario: Langkah 5 ditolak sebelum langkah 4 selesai
      Jika langkah 1 sampai 3 sudah selesai
      Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 5 beserta dokumen:
        | dokumen            |
        | Data kasus anak    |
        | Dokumen kasus anak |
      Maka langkah 5 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

    @waktu
    Skenario: Langkah 5 memenuhi standar waktu 3 Jam
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan jam uji maju 15 menit kerja
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 90 menit kerja
      Maka batas waktu langkah 5 adalah 3 Jam (180 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 90 menit kerja
      Maka batas waktu langkah 5 adalah 3 Jam (180 menit kerja) sejak langkah itu siap
      Ketika "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 5 beserta dokumen:
        | dokumen            |
        | Dokumen kasus anak |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "JABATAN FUNGSIONAL/ PELAKSANA" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 5 yang selesai sesudah standar waktu 3 Jam tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Ketika jam uji maju 181 menit kerja
      Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 5 beserta dokumen:
        | dokumen            |
        | Dokumen kasus anak |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "JABATAN FUNGSIONAL/ PELAKSANA" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 5 yang siap Jumat pukul 15.30 mendapat batas waktu 3 Jam menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.30
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 4 sudah selesai
      Maka batas waktu langkah 5 adalah 3 Jam (180 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 180 menit kerja
      Dan "JABATAN FUNGSIONAL/ PELAKSANA" menyelesaikan langkah 5 beserta dokumen:
        | dokumen            |
        | Dokumen kasus anak |
      Maka langkah 5 diterima
      Dan riwayat mencatat langkah 5 oleh "JABATAN FUNGSIONAL/ PELAKSANA" pada jam uji, tepat waktu

  # Langkah 6: kelengkapan yang dibuat langkah sebelumnya (Draf Nota Dinas hasil pendampingan kasus anak) diuji lewat output langkah 5.
  @langkah-6
  Aturan: Langkah 6 oleh KABID PPKPA
    Uraian: Menerima, memeriksa dan memaraf draf Nota Dinas hasil pendampingan kasus anak
    Kelengkapan: Draf Nota Dinas hasil pendampingan kasus anak
    Output: Draf Nota Dinas hasil pendampingan kasus anak telah diparaf
    Waktu: -

    @positif
    Skenario: Langkah 6 dilaksanakan oleh KABID PPKPA
      Jika langkah 1 sampai 5 sudah selesai
      Maka langkah 6 siap untuk "KABID PPKPA"
      Ketika "KABID PPKPA" menyelesaikan langkah 6
      Maka langkah 6 diterima
      Dan output langkah 6 tersedia:
        | dokumen                                                     |
        | Draf Nota Dinas hasil pendampingan kasus anak telah diparaf |
      Dan riwayat mencatat langkah 6 oleh "KABID PPKPA"
      Dan langkah 7 siap untuk "KADIS"

    @pelaksana-salah
    Skenario konsep: Langkah 6 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 6
      Maka langkah 6 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana                     |
        | KADIS                         |
        | JABATAN FUNGSIONAL/ PELAKSANA |

    @urutan-salah
    Skenario: Langkah 6 ditolak sebelum langkah 5 selesai
      Jika langkah 1 sampai 4 sudah selesai
      Ketika "KABID PPKPA" menyelesaikan langkah 6 beserta dokumen:
        | dokumen                                       |
        | Draf Nota Dinas hasil pendampingan kasus anak |
      Maka langkah 6 ditolak dengan alasan OUT_OF_ORDER
      Dan kasus tidak berubah

  # Langkah 7: kelengkapan yang dibuat langkah sebelumnya (Draf Nota Dinas hasil pendampingan kasus anak) diuji lewat output langkah 5.
  @langkah-7
  Aturan: Langkah 7 oleh KADIS
    Uraian: Menerima, memeriksa dan menandatangani draf Nota Dinas hasil pendampingan kasus anak dan melaporkan ke Wali Kota
    Kelengkapan: Draf Nota Dinas hasil pendampingan kasus anak
    Output: Nota Dinas hasil pendampingan kasus anak telah ditandatangan dan dilaporkan ke Wali Kota
    Waktu: 15 Menit

    @positif
    Skenario: Langkah 7 dilaksanakan oleh KADIS
      Jika langkah 1 sampai 6 sudah selesai
      Maka langkah 7 siap untuk "KADIS"
      Ketika "KADIS" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan output langkah 7 tersedia:
        | dokumen                                                                                  |
        | Nota Dinas hasil pendampingan kasus anak telah ditandatangan dan dilaporkan ke Wali Kota |
      Dan riwayat mencatat langkah 7 oleh "KADIS"
      Dan kasus selesai

    @pelaksana-salah
    Skenario konsep: Langkah 7 ditolak bila dikerjakan pelaksana lain: <pelaksana>
      Jika langkah 1 sampai 6 sudah selesai
      Ketika "<pelaksana>" menyelesaikan langkah 7
      Maka langkah 7 ditolak dengan alasan WRONG_ACTOR
      Dan kasus tidak berubah

      Contoh:
        | pelaksana                     |
        | KABID PPKPA                   |
        | JABATAN FUNGSIONAL/ PELAKSANA |

    @urutan-salah
    Skenario: Langkah 7 ditolak sebelum langkah 6 selesai
      Jika langkah 1 sampai 5 sudah selesai
      Ketika "KADIS" menyelesaikan langkah 7 beserta dokumen:
        | dokumen                                       |
        | Draf Nota Dinas hasil pendampingan kasus anak |
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
      Ketika "KADIS" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "KADIS" pada jam uji, tepat waktu

    @waktu-terlambat
    Skenario: Langkah 7 yang selesai sesudah standar waktu 15 Menit tercatat terlambat
      Jika jam uji maju ke Senin berikutnya pukul 08.00
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Ketika jam uji maju 16 menit kerja
      Dan "KADIS" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "KADIS" pada jam uji, terlambat

    @waktu-kalender
    Skenario: Langkah 7 yang siap Jumat pukul 15.53 mendapat batas waktu 15 Menit menurut kalender kerja
      Jika jam uji maju ke Jumat berikutnya pukul 15.53
      Dan sebuah kasus baru dimulai
      Dan langkah 1 sampai 6 sudah selesai
      Maka batas waktu langkah 7 adalah 15 Menit (15 menit kerja) sejak langkah itu siap
      Ketika jam uji maju 15 menit kerja
      Dan "KADIS" menyelesaikan langkah 7
      Maka langkah 7 diterima
      Dan riwayat mencatat langkah 7 oleh "KADIS" pada jam uji, tepat waktu
