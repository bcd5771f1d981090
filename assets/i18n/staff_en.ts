<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AuditPage</name>
    <message>
        <source>Catatan audit (tidak dapat diubah)</source>
        <translation>Audit log (cannot be changed)</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Siapa</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Di mana</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Atas</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Ubah jam layanan</source>
        <translation>Change service hours</translation>
    </message>
    <message>
        <source>Libur nasional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Collective leave</translation>
    </message>
    <message>
        <source>Tutup (kantor)</source>
        <translation>Closed (office)</translation>
    </message>
    <message>
        <source>Akhir pekan</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Tutup kantor pada hari kerja</source>
        <translation>Close the office on a working day</translation>
    </message>
    <message>
        <source>Tanggal (31/12/2026)</source>
        <translation>Date (31/12/2026)</translation>
    </message>
    <message>
        <source>Alasan (ditampilkan kepada pemohon)</source>
        <translation>Reason (shown to applicants)</translation>
    </message>
    <message>
        <source>Tutup kantor pada tanggal ini</source>
        <translation>Close the office on this day</translation>
    </message>
    <message>
        <source>Hari libur tahun ini</source>
        <translation>Closed days this year</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Jam layanan kantor</source>
        <translation>Office service hours</translation>
    </message>
    <message>
        <source>Tulis jam seperti 08:00-15:00; kosongkan bila kantor tutup pada hari itu. Istirahat dipisah koma. Berlaku di semua terminal.</source>
        <translation>Write hours as 08:00-15:00; leave them empty when the office is closed that day. Separate breaks with commas. Applies to every terminal.</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Jam layanan</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>Istirahat</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <source>tutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Jam layanan %1</source>
        <translation>Service hours %1</translation>
    </message>
    <message>
        <source>Istirahat %1</source>
        <translation>Breaks %1</translation>
    </message>
    <message>
        <source>Nomor antrean berhenti diberikan</source>
        <translation>Queue tickets stop</translation>
    </message>
    <message>
        <source>Menit sebelum tutup</source>
        <translation>Minutes before closing</translation>
    </message>
    <message>
        <source>menit sebelum tutup</source>
        <translation>minutes before closing</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan untuk semua terminal</source>
        <translation>Save for every terminal</translation>
    </message>
</context>
<context>
    <name>CallingPage</name>
    <message>
        <source>Prioritas: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <source>Menunggu %1</source>
        <translation>Waiting %1</translation>
    </message>
    <message>
        <source>Tiket ini ditandai tidak hadir. Pemohon datang?</source>
        <translation>This ticket was marked a no-show. Has the applicant come?</translation>
    </message>
    <message>
        <source>Kembalikan ke antrean</source>
        <translation>Put back in line</translation>
    </message>
    <message>
        <source>Alasan dipanggil: %1</source>
        <translation>Called because: %1</translation>
    </message>
    <message>
        <source>Jawaban daftar periksa di kios</source>
        <translation>Checklist answers at the kiosk</translation>
    </message>
    <message>
        <source>Belum ada tiket di loket ini.</source>
        <translation>No ticket at this counter yet.</translation>
    </message>
    <message>
        <source>Tekan F2 untuk memanggil antrean berikutnya, atau pindai kode QR tiket.</source>
        <translation>Press F2 to call the next ticket, or scan a ticket&apos;s QR code.</translation>
    </message>
    <message>
        <source>Sedang memproses, mohon tunggu…</source>
        <translation>Working on it, please wait…</translation>
    </message>
    <message>
        <source>Panggil berikutnya</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Panggil ulang</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>Mulai layani</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>No show</translation>
    </message>
    <message>
        <source>Tunda</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Pindahkan</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Pindai QR atau ketik nomor tiket (F12)</source>
        <translation>Scan the QR or type a ticket number (F12)</translation>
    </message>
    <message>
        <source>mis. A-012</source>
        <translation>e.g. A-012</translation>
    </message>
    <message>
        <source>Antrean loket ini</source>
        <translation>This counter&apos;s queues</translation>
    </message>
    <message>
        <source>%1 menunggu</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Tidak ada tiket yang ditunda.</source>
        <translation>No ticket is on hold.</translation>
    </message>
    <message>
        <source>Kembalikan %1 ke antrean?</source>
        <translation>Put %1 back in line?</translation>
    </message>
    <message>
        <source>Tiket ini akan menunggu lagi dan dipanggil sesuai aturan antrean. Lakukan hanya bila pemohon ada di ruang layanan.</source>
        <translation>The ticket waits again and is called as the queue&apos;s rules say. Do this only when the applicant is in the hall.</translation>
    </message>
    <message>
        <source>Ya, kembalikan</source>
        <translation>Yes, put it back</translation>
    </message>
    <message>
        <source>Pindahkan %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <source>Ketik huruf antrean atau nomor loket, lalu Enter</source>
        <translation>Type a queue letter or a counter number, then Enter</translation>
    </message>
    <message>
        <source>Ke antrean lain (urutan menurut aturan antrean)</source>
        <translation>To another queue (placed by that queue&apos;s rule)</translation>
    </message>
    <message>
        <source>Ke loket lain (dipanggil loket itu lebih dulu)</source>
        <translation>To another counter (called there first)</translation>
    </message>
    <message>
        <source>Tidak ada loket lain yang buka.</source>
        <translation>No other counter is open.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Sembunyikan</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Impor standar pelayanan</source>
        <translation>Import service standards</translation>
    </message>
    <message>
        <source>Berkas lampiran (.txt/.html) atau JSON; beberapa dipisah ;</source>
        <translation>Annex files (.txt/.html) or JSON; several separated by ;</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Ubah layanan %1</source>
        <translation>Edit service %1</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Persyaratan (daftar periksa di kios)</source>
        <translation>Requirements (the kiosk&apos;s checklist)</translation>
    </message>
    <message>
        <source>Persyaratan %1</source>
        <translation>Requirement %1</translation>
    </message>
    <message>
        <source>Syarat dipenuhi</source>
        <translation>Condition to meet</translation>
    </message>
    <message>
        <source>Dokumen dibawa</source>
        <translation>Document to bring</translation>
    </message>
    <message>
        <source>Jenis persyaratan %1: %2</source>
        <translation>Kind of requirement %1: %2</translation>
    </message>
    <message>
        <source>Hapus persyaratan %1</source>
        <translation>Remove requirement %1</translation>
    </message>
    <message>
        <source>Tambah persyaratan</source>
        <translation>Add a requirement</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan sebagai versi baru</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <source>v%1 (berlaku)</source>
        <translation>v%1 (in force)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1 persyaratan</source>
        <translation>%1 requirements</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Catat pengaduan</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Nama pengadu (opsional)</source>
        <translation>Complainant&apos;s name (optional)</translation>
    </message>
    <message>
        <source>Kontak (opsional)</source>
        <translation>Contact (optional)</translation>
    </message>
    <message>
        <source>No. layanan</source>
        <translation>Service no.</translation>
    </message>
    <message>
        <source>Tanggal layanan</source>
        <translation>Service date</translation>
    </message>
    <message>
        <source>Isi pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Tanpa nama, atau lebih dari 30 hari setelah layanan: dicatat sebagai saran.</source>
        <translation>Without a name, or more than 30 days after the service: recorded as a suggestion.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Belum dijawab, menurut batas waktu</source>
        <translation>Not yet answered, by deadline</translation>
    </message>
    <message>
        <source>Batas: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Tanpa batas waktu</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Jawaban kepada pengadu</source>
        <translation>Answer to the complainant</translation>
    </message>
    <message>
        <source>Tangani</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Jawab</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Panggilan</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Tata loket</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminals</translation>
    </message>
    <message>
        <source>Katalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Kunci (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Keluar (Ctrl+Q)</source>
        <translation>Sign out (Ctrl+Q)</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Terima berkas lengkap</source>
        <translation>Accept a complete file</translation>
    </message>
    <message>
        <source>Nama pemohon</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>Telepon / surel (opsional)</source>
        <translation>Phone / email (optional)</translation>
    </message>
    <message>
        <source>No. layanan</source>
        <translation>Service no.</translation>
    </message>
    <message>
        <source>No. antrean</source>
        <translation>Queue no.</translation>
    </message>
    <message>
        <source>Tanggal selesai dihitung dalam hari kerja sejak hari berikutnya, sesuai standar pelayanan dan kalender kantor.</source>
        <translation>The due date counts working days from the next day, following the service standard and the office calendar.</translation>
    </message>
    <message>
        <source>Terima &amp; cetak tanda terima</source>
        <translation>Accept &amp; print a receipt</translation>
    </message>
    <message>
        <source>Berkas dalam proses, menurut tanggal selesai</source>
        <translation>Files in progress, by due date</translation>
    </message>
    <message>
        <source>Selesai paling lambat</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Pemohon dan layanan</source>
        <translation>Applicant and service</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Penyiapan kantor baru</source>
        <translation>Setting up a new office</translation>
    </message>
    <message>
        <source>Belum ada petugas di basis data ini. Buat akun administrator pertama; administrator kemudian menambahkan petugas, loket, dan antrean dari layar ini.</source>
        <translation>There are no officers in this database yet. Create the first administrator account; the administrator then adds officers, counters and queues from this screen.</translation>
    </message>
    <message>
        <source>ID administrator</source>
        <translation>Administrator ID</translation>
    </message>
    <message>
        <source>mis. ADMIN atau NIP</source>
        <translation>e.g. ADMIN or an employee number</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>PIN (6 sampai 12 angka)</source>
        <translation>PIN (6 to 12 digits)</translation>
    </message>
    <message>
        <source>Ketik ulang PIN</source>
        <translation>Type the PIN again</translation>
    </message>
    <message>
        <source>Buat administrator</source>
        <translation>Create administrator</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <source>Meja Petugas - Mal Pelayanan Publik</source>
        <translation>Staff Desk - Public Service Mall</translation>
    </message>
</context>
<context>
    <name>LayoutPage</name>
    <message>
        <source>Loket</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Antrean</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>buka</source>
        <translation>open</translation>
    </message>
    <message>
        <source>tutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Nama loket</source>
        <translation>Counter name</translation>
    </message>
    <message>
        <source>Antrean (A, B)</source>
        <translation>Queues (A, B)</translation>
    </message>
    <message>
        <source>Tambah loket</source>
        <translation>Add counter</translation>
    </message>
    <message>
        <source>Simpan loket</source>
        <translation>Save counter</translation>
    </message>
    <message>
        <source>layanan: %1</source>
        <translation>services: %1</translation>
    </message>
    <message>
        <source>Huruf</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Nama antrean</source>
        <translation>Queue name</translation>
    </message>
    <message>
        <source>Layanan (nomor, atau &quot;semua&quot;)</source>
        <translation>Services (numbers, or &quot;all&quot;)</translation>
    </message>
    <message>
        <source>Rasio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Contoh: 7 nomor reguler (R) dan 3 nomor prioritas (P) menunggu</source>
        <translation>Example: 7 regular (R) and 3 priority (P) numbers waiting</translation>
    </message>
    <message>
        <source>Tambah antrean</source>
        <translation>Add queue</translation>
    </message>
    <message>
        <source>Simpan antrean</source>
        <translation>Save queue</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Meja terkunci</source>
        <translation>Desk locked</translation>
    </message>
    <message>
        <source>%1 - %2. Masukkan PIN Anda untuk melanjutkan.</source>
        <translation>%1 - %2. Enter your PIN to continue.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>MPP Kiosk - Meja petugas</source>
        <translation>MPP Kiosk - Staff desk</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Petugas</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>%1 akun terkunci</source>
        <translation>%1 account(s) locked</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terkunci s.d. %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Tambah petugas</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Petugas terpilih</source>
        <translation>Selected officer</translation>
    </message>
    <message>
        <source>ID petugas</source>
        <translation>Officer ID</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>PIN awal (6 sampai 12 angka)</source>
        <translation>First PIN (6 to 12 digits)</translation>
    </message>
    <message>
        <source>Ketik ulang PIN</source>
        <translation>Type the PIN again</translation>
    </message>
    <message>
        <source>Tambahkan</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Petugas %1</source>
        <translation>Officer %1</translation>
    </message>
    <message>
        <source>Pilih petugas di daftar.</source>
        <translation>Choose an officer in the list.</translation>
    </message>
    <message>
        <source>Buka kunci akun</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <source>Simpan nama dan peran</source>
        <translation>Save name and role</translation>
    </message>
    <message>
        <source>PIN baru</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Ketik ulang PIN baru</source>
        <translation>Type the new PIN again</translation>
    </message>
    <message>
        <source>Ganti PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Nonaktifkan akun</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>Aktifkan akun</source>
        <translation>Activate account</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Terlama</source>
        <translation>Longest</translation>
    </message>
    <message>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Tiket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pindahan</source>
        <translation>Sent here</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Printer kios</source>
        <translation>Kiosk printers</translation>
    </message>
    <message>
        <source>Semua printer kios normal.</source>
        <translation>All kiosk printers are working.</translation>
    </message>
    <message>
        <source>Tiket gagal dicetak hari ini</source>
        <translation>Tickets that failed to print today</translation>
    </message>
    <message>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>IKM (survei)</source>
        <translation>IKM (survey)</translation>
    </message>
    <message>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>ID petugas</source>
        <translation>Officer ID</translation>
    </message>
    <message>
        <source>mis. BUDI</source>
        <translation>e.g. BUDI</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
</context>
<context>
    <name>TerminalsPage</name>
    <message>
        <source>Terminal di aula</source>
        <translation>Terminals in the hall</translation>
    </message>
    <message>
        <source>Cetak uji di PC ini</source>
        <translation>Test print on this PC</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Terakhir terlihat</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>%1 - tidak aktif</source>
        <translation>%1 - silent</translation>
    </message>
    <message>
        <source>Menunggu cetak uji…</source>
        <translation>Waiting for the test print…</translation>
    </message>
    <message>
        <source>Cetak uji</source>
        <translation>Test print</translation>
    </message>
</context>
</TS>
